package redact

import (
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
)

func TestReplaceFormats(t *testing.T) {
	for _, tc := range []struct {
		name, in, secret string
	}{
		{"slack bot", "令牌是xoxb-1234567890-0987654321-AbCdEfGhIjKl，请查收", "xoxb-1234567890-0987654321-AbCdEfGhIjKl"},
		{"slack user", "xoxp-1111-2222-3333-abcdef", "xoxp-1111-2222-3333-abcdef"},
		{"slack app", "token xapp-1-A0123-4567-89abcdef", "xapp-1-A0123-4567-89abcdef"},
		{"slack refresh", "xoxr-abcdef-123456", "xoxr-abcdef-123456"},
		{"openai", "key=sk-proj-AbCdEf0123456789xyz", "sk-proj-AbCdEf0123456789xyz"},
		{"dashscope", "密钥sk-0123456789abcdef0123456789abcdef。", "sk-0123456789abcdef0123456789abcdef"},
		{"zhipu", "智谱 0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp 好", "0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp"},
		{"baidu", "bce-v3/ALTAK-abcDEF123456/0123456789abcdef0123456789abcdef01234567 用于千帆", "bce-v3/ALTAK-abcDEF123456/0123456789abcdef0123456789abcdef01234567"},
		{"bearer", "Authorization: Bearer abc.DEF-123_456~xyz", "abc.DEF-123_456~xyz"},
		{"bearer url-encoded", "h=Bearer%20abcdefghijkl0123", "abcdefghijkl0123"},
		{"upper-cased slack", "XOXB-1234567890-ABCDEFGH", "XOXB-1234567890-ABCDEFGH"},
		{"upper-cased sk", "SK-ABCDEF0123456789ABCD", "SK-ABCDEF0123456789ABCD"},
		{"high entropy", "密钥：Zq3xT9mWk2LpR7vB4nH8yC1dF6gJ0sAe 完", "Zq3xT9mWk2LpR7vB4nH8yC1dF6gJ0sAe"},
		{"base64 of a token", "x " + base64.StdEncoding.EncodeToString([]byte("xoxb-1234567890-secretvalue")), base64.StdEncoding.EncodeToString([]byte("xoxb-1234567890-secretvalue"))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !Contains(tc.in) {
				t.Errorf("Contains(%q) = false", tc.in)
			}
			got := Replace(tc.in, MarkZH)
			if strings.Contains(got, tc.secret) || !strings.Contains(got, MarkZH) {
				t.Errorf("Replace(%q) = %q", tc.in, got)
			}
		})
	}
}

func TestReplaceLeavesOrdinaryText(t *testing.T) {
	for _, in := range []string{
		"2023年家庭医生签约率是多少？",
		"skip-this sk-short",
		"/tmp/TestIngestHostileFiles1234567/001/index/gen-20260101",
		"chunk 0123456789abcdef0123456789abcdef01234567 ok", // lower-case hex: a digest
		"ThisIsAnOrdinaryCamelCaseIdentifierName",
		"https://dashscope.aliyuncs.com/compatible-mode/v1/chat/completions",
		"corpus/samples/2023年南陵县卫生健康工作总结.txt",
		"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1a",
	} {
		if Contains(in) {
			t.Errorf("Contains(%q) = true", in)
		}
		if got := String(in); got != in {
			t.Errorf("String(%q) = %q", in, got)
		}
	}
}

func TestKnownForms(t *testing.T) {
	const key = "my-Key/with+odd=chars_0042"
	k := NewKnown(key, "short")
	forms := map[string]string{
		"as is":        key,
		"upper":        strings.ToUpper(key),
		"lower":        strings.ToLower(key),
		"query escape": url.QueryEscape(key),
		"path escape":  url.PathEscape(key),
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding} {
		for _, prefix := range []string{"", "u", "us", "user:"} {
			forms["base64 "+prefix] = enc.EncodeToString([]byte(prefix + key + "@tail"))
		}
	}
	for name, form := range forms {
		got := k.Apply("error: " + form + " rejected")
		if strings.Contains(got, form) || !strings.Contains(got, Mark) {
			t.Errorf("%s: Apply kept %q: %q", name, form, got)
		}
		// No long piece of the key's encodings may survive either.
		if b := base64.StdEncoding.EncodeToString([]byte(key)); strings.Contains(got, b[4:20]) {
			t.Errorf("%s: a piece of the base64 form survived: %q", name, got)
		}
	}
	if got := k.Apply("a short word"); got != "a short word" {
		t.Errorf("short values must not be secrets: %q", got)
	}
	var zero *Known
	if zero.applyKnown("x", Mark) != "x" {
		t.Error("nil Known changed text")
	}
}

func TestKnownLongestFirst(t *testing.T) {
	k := NewKnown("abcdef", "abcdefghij")
	if got := k.Apply("[abcdefghij]"); got != "["+Mark+"]" {
		t.Errorf("Apply = %q", got)
	}
}
