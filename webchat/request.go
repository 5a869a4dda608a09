package webchat

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// Limits of what the page sends.
const (
	maxQuestionRunes = 2000 // a question (the bot refuses much longer ones itself)
	maxCommentRunes  = 500  // a comment sent with 👎
	maxIDBytes       = 64   // conversation and answer ids (chatkit.NewID makes 24 hex digits)
	maxUserBytes     = 256  // a user name from the proxy's header
)

var errEmptyQuestion = errors.New("empty question")

// askRequest is POST /api/ask's body.
type askRequest struct {
	Question     string `json:"question"`
	Conversation string `json:"conversation"` // "" starts a new one
}

// feedbackRequest is POST /api/feedback's body.
type feedbackRequest struct {
	AnswerID string `json:"answer_id"`
	Vote     string `json:"vote"` // chatkit.VoteUp or chatkit.VoteDown
	Comment  string `json:"comment"`
}

// loginRequest is POST /api/login's body.
type loginRequest struct {
	Token string `json:"token"`
}

// decodeStrict reads exactly one JSON object with no unknown fields.
func decodeStrict(r io.Reader, v any) error {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("more than one JSON value")
	}
	return nil
}

// decodeAsk reads and checks a question: valid UTF-8, not blank, within
// maxQuestionRunes, and a well-formed conversation id if any.
func decodeAsk(r io.Reader) (askRequest, error) {
	var q askRequest
	if err := decodeStrict(r, &q); err != nil {
		return askRequest{}, err
	}
	q.Question = strings.TrimSpace(q.Question)
	switch {
	case !utf8.ValidString(q.Question):
		return askRequest{}, errors.New("question is not UTF-8")
	case q.Question == "":
		return askRequest{}, errEmptyQuestion
	case utf8.RuneCountInString(q.Question) > maxQuestionRunes:
		return askRequest{}, fmt.Errorf("question of more than %d runes", maxQuestionRunes)
	case q.Conversation != "" && !validID(q.Conversation):
		return askRequest{}, errors.New("bad conversation id")
	}
	return q, nil
}

// decodeFeedback reads and checks a vote.
func decodeFeedback(r io.Reader) (feedbackRequest, error) {
	var f feedbackRequest
	if err := decodeStrict(r, &f); err != nil {
		return feedbackRequest{}, err
	}
	if f.Vote != chatkit.VoteUp && f.Vote != chatkit.VoteDown {
		return feedbackRequest{}, fmt.Errorf("vote %q", f.Vote)
	}
	if !validID(f.AnswerID) {
		return feedbackRequest{}, errors.New("bad answer id")
	}
	if !utf8.ValidString(f.Comment) {
		return feedbackRequest{}, errors.New("comment is not UTF-8")
	}
	f.Comment = chatkit.TruncateRunes(strings.Join(strings.Fields(f.Comment), " "), maxCommentRunes)
	return f, nil
}

// decodeLogin reads a login.
func decodeLogin(r io.Reader) (loginRequest, error) {
	var l loginRequest
	err := decodeStrict(r, &l)
	return l, err
}

// validID reports whether s is an id this server made: 1 to maxIDBytes
// lower-case hex digits.
func validID(s string) bool {
	if s == "" || len(s) > maxIDBytes {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// bearerToken is the token of an "Authorization: Bearer TOKEN" header.
func bearerToken(h string) (string, bool) {
	scheme, tok, ok := strings.Cut(strings.TrimSpace(h), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return "", false
	}
	tok = strings.TrimSpace(tok)
	return tok, tok != ""
}

// proxyUser reads the user the reverse proxy names in its header: printable
// text of at most maxUserBytes, surrounding spaces dropped.
func proxyUser(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if v == "" || len(v) > maxUserBytes || !utf8.ValidString(v) {
		return "", false
	}
	for _, r := range v {
		if !unicode.IsPrint(r) {
			return "", false
		}
	}
	return v, true
}
