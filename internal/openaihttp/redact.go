package openaihttp

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/internal/redact"
)

// minSecret is the shortest URL query value treated as a secret: shorter
// ones would blank ordinary words.
const minSecret = 6

// maxMessage is the longest provider message kept, in bytes.
const maxMessage = 300

// Redactor removes secrets (the API key, a password or key in the base URL)
// from text that may end up in an error message or a log.
type Redactor []string

// Apply returns s with every secret replaced by "[redacted]": the values
// in r as written, in any letter case, URL-encoded and base64-encoded, and
// whatever package redact recognises as a key by its shape.
func (r Redactor) Apply(s string) string {
	return redact.NewKnown(r...).Apply(s)
}

// Clean turns a provider message into one short line without secrets.
func (r Redactor) Clean(msg string) string {
	msg = r.Apply(strings.Join(strings.Fields(msg), " "))
	if len(msg) > maxMessage {
		cut := maxMessage
		for cut > 0 && !utf8.RuneStart(msg[cut]) {
			cut--
		}
		msg = msg[:cut] + "..."
	}
	return msg
}

// Wrap returns err unchanged if its text holds no secret, otherwise a plain
// error with the secrets replaced (deliberately not unwrapping to the
// original, whose text or fields still hold them).
func (r Redactor) Wrap(err error) error {
	if err == nil {
		return nil
	}
	if s := err.Error(); r.Apply(s) != s {
		return errors.New(r.Apply(s))
	}
	return err
}
