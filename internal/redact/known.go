package redact

import (
	"encoding/base64"
	"net/url"
	"regexp"
	"sort"
	"strings"
	"sync"
)

// MinKnown is the length of the shortest known value treated as a secret:
// shorter ones would blank ordinary words.
const MinKnown = 6

// Known is a set of secret values (keys, tokens, passwords) hidden, together
// with what Replace recognises by shape, wherever they appear: as written,
// in any letter case, URL-encoded, and base64-encoded (standard and URL
// alphabets, at any alignment inside a longer encoded text). It is safe for
// concurrent use; the zero value holds no value.
type Known struct {
	mu     sync.RWMutex
	values map[string]bool
	re     *regexp.Regexp // nil: no values
}

// NewKnown returns a set holding values.
func NewKnown(values ...string) *Known {
	k := &Known{}
	k.Add(values...)
	return k
}

// Add records secret values; blank and short ones are ignored.
func (k *Known) Add(values ...string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	changed := false
	for _, v := range values {
		v = strings.TrimSpace(v)
		if len(v) < MinKnown || k.values[v] {
			continue
		}
		if k.values == nil {
			k.values = map[string]bool{}
		}
		k.values[v] = true
		changed = true
	}
	if changed {
		k.re = compileKnown(k.values)
	}
}

// Apply returns s with the known values in all their forms, and the secrets
// recognised by shape, replaced by Mark.
func (k *Known) Apply(s string) string {
	return Replace(k.applyKnown(s, Mark), Mark)
}

// applyKnown replaces the known values only.
func (k *Known) applyKnown(s, mark string) string {
	if k == nil {
		return s
	}
	k.mu.RLock()
	re := k.re
	k.mu.RUnlock()
	if re == nil {
		return s
	}
	return re.ReplaceAllLiteralString(s, mark)
}

// compileKnown builds one expression matching every form of every value,
// longest first so a value holding another is replaced whole.
func compileKnown(values map[string]bool) *regexp.Regexp {
	type form struct {
		text     string
		foldCase bool
	}
	seen := map[string]bool{}
	var forms []form
	addForm := func(text string, fold bool) {
		if len(text) >= MinKnown && !seen[text] {
			seen[text] = true
			forms = append(forms, form{text, fold})
		}
	}
	for v := range values {
		addForm(v, true)
		addForm(url.QueryEscape(v), true)
		addForm(url.PathEscape(v), true)
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
			for _, b := range base64Cores(enc, v) {
				addForm(b, false)
			}
		}
	}
	sort.Slice(forms, func(i, j int) bool {
		if len(forms[i].text) != len(forms[j].text) {
			return len(forms[i].text) > len(forms[j].text)
		}
		return forms[i].text < forms[j].text
	})
	alts := make([]string, len(forms))
	for i, f := range forms {
		alts[i] = regexp.QuoteMeta(f.text)
		if f.foldCase {
			alts[i] = "(?i:" + alts[i] + ")"
		}
	}
	return regexp.MustCompile(strings.Join(alts, "|"))
}

// base64Cores returns, for each of the three byte alignments v may have
// inside a longer text, the part of the encoding that depends on v's bytes
// only: whatever surrounds v, its encoding contains that part.
func base64Cores(enc *base64.Encoding, v string) []string {
	var out []string
	for offset := 0; offset < 3; offset++ {
		text := enc.EncodeToString(append(make([]byte, offset), v...))
		first := (8*offset + 5) / 6       // the first character with none of the prefix's bits
		last := 8 * (offset + len(v)) / 6 // one past the last character with only v's bits
		if last > first {
			out = append(out, text[first:last])
		}
	}
	return out
}
