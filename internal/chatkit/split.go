package chatkit

import (
	"strings"
	"unicode/utf8"
)

// SplitRunes cuts text into pieces of at most limit runes, preferring a line
// break, then the end of a sentence, and never cutting a citation "[12]" or
// an escape "&amp;" in two. Nothing is lost: the pieces joined are the text
// (less the line breaks they were cut at).
func SplitRunes(text string, limit int) []string {
	var out []string
	runes := []rune(text)
	for len(runes) > limit {
		cut := bestCut(runes[:limit+1])
		piece := string(runes[:cut])
		out = append(out, strings.TrimRight(piece, "\n"))
		runes = runes[cut:]
		for len(runes) > 0 && runes[0] == '\n' {
			runes = runes[1:]
		}
	}
	if len(runes) > 0 || len(out) == 0 {
		out = append(out, string(runes))
	}
	return out
}

// bestCut chooses where to end a piece inside window (one rune longer than
// the limit, so a break right at the limit is seen).
func bestCut(window []rune) int {
	limit := len(window) - 1
	floor := limit / 2 // do not make tiny pieces to find a nice break
	for i := limit; i > floor; i-- {
		if window[i] == '\n' {
			return i
		}
	}
	for i := limit; i > floor; i-- {
		switch window[i-1] {
		case '。', '；', '！', '？', '.', ';', '!', '?':
			if !insideToken(window[:i]) {
				return i
			}
		}
	}
	cut := limit
	for cut > 1 && insideToken(window[:cut]) {
		cut--
	}
	return cut
}

// insideToken reports whether head ends in the middle of "[12]" or "&amp;".
func insideToken(head []rune) bool {
	for i := len(head) - 1; i >= 0 && i >= len(head)-6; i-- {
		switch head[i] {
		case ']', ';', ' ', '\n':
			return false
		case '[':
			rest := head[i+1:]
			for _, r := range rest {
				if r < '0' || r > '9' {
					return false
				}
			}
			return true
		case '&':
			return true
		}
	}
	return false
}

// SafeCut drops a partial citation or escape at the end of s.
func SafeCut(s string) string {
	r := []rune(s)
	for len(r) > 0 && insideToken(r) {
		r = r[:len(r)-1]
	}
	return string(r)
}

// TruncateRunes shortens s to at most n runes, ending in "…" when cut.
func TruncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return string([]rune(s)[:n])
	}
	return SafeCut(string([]rune(s)[:n-1])) + "…"
}
