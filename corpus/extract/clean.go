package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize makes s safe for Result.Text: invalid UTF-8 bytes become
// U+FFFD (one per byte), leading BOMs are removed, "\r\n", lone "\r" and
// other line separators (VT, FF, NEL, U+2028, U+2029) become "\n", and
// control characters other than "\n" and "\t" (NUL included) are removed.
// Everything else is kept as is, so offsets into the result stay meaningful.
func normalize(s string) string {
	s = trimBOMs(s)
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// control character: dropped
		default:
			// r is utf8.RuneError for each invalid byte: written as U+FFFD.
			b.WriteRune(r)
		}
	}
	// A BOM behind dropped control characters would now lead.
	return trimBOMs(b.String())
}

// trimBOMs removes every BOM at the start: a file saved twice by tools
// that each add one (found by FuzzDecodeText) starts with several.
func trimBOMs(s string) string {
	for strings.HasPrefix(s, "\ufeff") {
		s = s[len("\ufeff"):]
	}
	return s
}

// isClean reports whether normalize would leave s unchanged.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 || c == 0xe2 {
			// 0xc2 starts C1 controls and NEL, 0xe2 starts U+2028/9:
			// take the slow path for simplicity.
			return false
		}
	}
	return utf8.ValidString(s)
}

// textStats counts the kinds of runes in s.
type textStats struct {
	runes    int // all runes
	nonSpace int // runes that are not white space
	letters  int // letters and digits (Han characters are letters)
	bad      int // U+FFFD replacement characters
	controls int // control characters other than white space
}

// statsOf counts rune kinds in s.
func statsOf(s string) textStats {
	var st textStats
	for _, r := range s {
		st.runes++
		if unicode.IsSpace(r) {
			continue
		}
		st.nonSpace++
		switch {
		case r == utf8.RuneError:
			st.bad++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			st.letters++
		case unicode.IsControl(r):
			st.controls++
		}
	}
	return st
}

// checkText refuses a final text that is empty or does not look like
// language: mostly replacement characters, control characters, or too few
// letters (a binary file read as text, or the wrong encoding).
func checkText(s string) error {
	st := statsOf(s)
	switch {
	case st.nonSpace == 0:
		return skipf("file contains no text")
	case st.bad*10 > st.nonSpace*3:
		return skipf("text is mostly undecodable characters (binary file or unknown encoding)")
	case st.controls*10 > st.nonSpace:
		return skipf("text is mostly control characters (binary file?)")
	case st.letters == 0 || (st.nonSpace >= 20 && st.letters*5 < st.nonSpace):
		return skipf("text has too few letters to be a document (binary file?)")
	}
	return nil
}

// binaryReason returns why raw bytes of a supposed text file look binary,
// or "" when they look like text. It works on bytes before decoding, which
// is sound for UTF-8, GB18030 and Big5 because none of them uses bytes below
// 0x20 inside multi-byte characters.
func binaryReason(data []byte) string {
	nul, ctl := 0, 0
	for i, c := range data {
		switch {
		case c == 0:
			if i < 8000 {
				return "file looks binary (contains NUL bytes)"
			}
			nul++
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1a && c != 0x1b:
			// 0x1a (DOS end-of-file) and 0x1b (ANSI escapes) occur in text.
			ctl++
		}
	}
	if nul*1000 > len(data) {
		return "file looks binary (contains NUL bytes)"
	}
	if tooManyControls(ctl, len(data)) {
		return "file looks binary (many control characters)"
	}
	return ""
}

// isWide reports whether r is a Han character, kana, Hangul or full-width
// punctuation: scripts written without spaces between words.
func isWide(r rune) bool {
	switch {
	case r >= 0x2e80 && r <= 0x9fff, // CJK radicals, punctuation, kana, Han
		r >= 0xac00 && r <= 0xd7af,   // Hangul
		r >= 0xf900 && r <= 0xfaff,   // CJK compatibility ideographs
		r >= 0xfe30 && r <= 0xfe4f,   // CJK compatibility forms
		r >= 0xff00 && r <= 0xffef,   // full-width forms
		r >= 0x20000 && r <= 0x3ffff: // Han extensions
		return true
	}
	return false
}

// collapseSpace collapses each run of white space in line to one ASCII
// space and trims both ends. A run that contains a line break and sits
// between two wide (CJK) characters is removed instead, since a source line
// break inside Chinese text is not a word boundary.
func collapseSpace(line string) string {
	var b strings.Builder
	b.Grow(len(line))
	var prev rune = -1 // last rune written
	inRun, runHasBreak := false, false
	for _, r := range line {
		if unicode.IsSpace(r) {
			inRun = true
			if r == '\n' || r == '\r' {
				runHasBreak = true
			}
			continue
		}
		if inRun && prev >= 0 && !(runHasBreak && isWide(prev) && isWide(r)) {
			b.WriteByte(' ')
		}
		inRun, runHasBreak = false, false
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// tooManyControls reports whether ctl control characters among n make a
// file binary: more than 5%, and at least 8 of them or more than 20% (a
// short note with one stray control character is still text).
func tooManyControls(ctl, n int) bool {
	return ctl*20 > n && (ctl >= 8 || ctl*5 > n)
}

// dropBlankLines removes trailing white space from each line and drops
// lines left empty. The document readers produce trimmed, non-empty lines
// already; this keeps that promise whatever the input held.
func dropBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimRightFunc(l, unicode.IsSpace); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
