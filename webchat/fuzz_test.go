package webchat

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// FuzzDecodeAsk: whatever the body, decodeAsk never panics, and what it
// accepts is a question of valid UTF-8, not blank, within the limit, with
// a well-formed conversation id; decodeFeedback accepts only a known vote
// on a well-formed id with a short valid comment.
func FuzzDecodeAsk(f *testing.F) {
	for _, seed := range []string{
		`{"question":"2023年家庭医生签约率是多少","conversation":""}`,
		`{"question":"那2016年呢？","conversation":"0a1b2c3d4e5f60718293a4b5"}`,
		`{"question":"  "}`, `{"question":"x","extra":1}`, `{"question":"x"}{"question":"y"}`,
		`{"question":"\ud800"}`, `{"answer_id":"ab","vote":"up","comment":"数字是去年的"}`,
		`{"answer_id":"AB","vote":"down"}`, `null`, `[]`, ``,
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if q, err := decodeAsk(strings.NewReader(body)); err == nil {
			if q.Question == "" || strings.TrimSpace(q.Question) != q.Question || !utf8.ValidString(q.Question) ||
				utf8.RuneCountInString(q.Question) > maxQuestionRunes {
				t.Errorf("accepted question %q", q.Question)
			}
			if q.Conversation != "" && !validID(q.Conversation) {
				t.Errorf("accepted conversation %q", q.Conversation)
			}
		}
		if fb, err := decodeFeedback(strings.NewReader(body)); err == nil {
			if (fb.Vote != chatkit.VoteUp && fb.Vote != chatkit.VoteDown) || !validID(fb.AnswerID) ||
				!utf8.ValidString(fb.Comment) || utf8.RuneCountInString(fb.Comment) > maxCommentRunes {
				t.Errorf("accepted feedback %+v", fb)
			}
		}
	})
}

// FuzzHeaders: the Authorization and proxy user headers are read without
// panics; a user accepted is printable, trimmed and short.
func FuzzHeaders(f *testing.F) {
	for _, seed := range []string{"Bearer abc", "bearer  abc ", "Basic abc", "Bearer", "zhangsan", " 张三 ", "a\x00b", "\xff", strings.Repeat("u", 300)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, h string) {
		if tok, ok := bearerToken(h); ok && (tok == "" || strings.TrimSpace(tok) != tok) {
			t.Errorf("token %q from %q", tok, h)
		}
		if u, ok := proxyUser(h); ok {
			if u == "" || len(u) > maxUserBytes || strings.TrimSpace(u) != u || !utf8.ValidString(u) {
				t.Errorf("user %q from %q", u, h)
			}
			for _, r := range u {
				if !unicode.IsPrint(r) {
					t.Errorf("user %q holds %U", u, r)
				}
			}
		}
	})
}
