package redact

import (
	"regexp"
	"strings"
)

// Mark replaces a secret in logs and files.
const Mark = "[redacted]"

// MarkZH replaces a secret in text staff read (replies, the audit log).
const MarkZH = "[已隐去]"

// formats matches the credential formats recognised by their shape. Each
// alternative is anchored on an ASCII word boundary, so a key written right
// after Chinese text is still found.
var formats = regexp.MustCompile(`(?i)` + strings.Join([]string{
	// Slack bot, user, app-level and other tokens.
	`\b(?:xox[abposr]|xapp)-[a-z0-9-]{6,}`,
	// OpenAI-style (sk-, sk-proj-) and DashScope (sk- + 32 hex) keys.
	`\bsk-[a-z0-9_-]{12,}`,
	// Zhipu: 32 hex id, a dot, 16 characters of secret.
	`\b[0-9a-f]{32}\.[a-z0-9]{16}\b`,
	// Baidu Qianfan bce-v3/ALTAK-…/… keys.
	`\bbce-v3/altak-[a-z0-9_-]{6,}(?:/[a-z0-9_-]+)?`,
	// Bearer tokens, also URL- or form-encoded ("Bearer%20…", "Bearer+…").
	`\bbearer(?:\s+|%20|\+)[a-z0-9._~+/=-]{12,}`,
}, "|"))

// candidate is a run of the base64 / base64url / hex alphabet long enough to
// be a high-entropy secret.
var candidate = regexp.MustCompile(`[A-Za-z0-9+/=_-]{32,}`)

// minEntropyRun is the length from which a run of the base64 alphabet may
// be a secret.
const minEntropyRun = 32

// highEntropy reports whether s, a run of the base64 alphabet, looks random
// rather than like a word, a path or a digest: it mixes upper case, lower
// case and digits, and among its letters and digits the class (upper,
// lower, digit) changes from one to the next at least two times in five
// (random base64 changes about three times in five; words, paths such as
// /tmp/TestIngest123/001 and names far less). Lower-case hex (digests,
// revisions, the index's content ids) is not mixed and never matches.
func highEntropy(s string) bool {
	if len(s) < minEntropyRun {
		return false
	}
	var upper, lower, digit bool
	changes, alnum := 0, 0
	prev := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		var class int
		switch {
		case c >= 'A' && c <= 'Z':
			upper, class = true, 0
		case c >= 'a' && c <= 'z':
			lower, class = true, 1
		case c >= '0' && c <= '9':
			digit, class = true, 2
		default:
			continue
		}
		alnum++
		if prev >= 0 && class != prev {
			changes++
		}
		prev = class
	}
	return upper && lower && digit && alnum >= minEntropyRun*3/4 && changes*5 >= alnum*2
}

// Replace returns s with every secret recognised by its shape replaced by
// mark.
func Replace(s, mark string) string {
	s = formats.ReplaceAllLiteralString(s, mark)
	if !candidate.MatchString(s) {
		return s
	}
	return candidate.ReplaceAllStringFunc(s, func(run string) string {
		if highEntropy(run) {
			return mark
		}
		return run
	})
}

// String returns s with every secret recognised by its shape replaced by
// Mark.
func String(s string) string { return Replace(s, Mark) }

// Contains reports whether s holds a secret recognised by its shape.
func Contains(s string) bool {
	if formats.MatchString(s) {
		return true
	}
	for _, run := range candidate.FindAllString(s, -1) {
		if highEntropy(run) {
			return true
		}
	}
	return false
}
