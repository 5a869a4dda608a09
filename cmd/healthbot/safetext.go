package main

import (
	"fmt"
	"strings"
)

// safe returns s, a file name or another string from outside (a title, a
// reason quoting a name), ready to print in a line a person reads: control
// characters (C0 including ESC, CR and LF, DEL, C1), bidirectional
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), direction marks
// and line separators are written as Go escapes (\x1b, \n, \u202e), so a
// name cannot move the cursor, recolour the terminal, reorder the line or
// start a line of its own ("Ingested 999 files: all good."). Other text,
// Chinese included, is unchanged; so is a backslash, which is then
// ambiguous only for names that already look escaped.
func safe(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unsafeRune(r):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// unsafeRune reports whether r may change how a terminal shows a line.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029, r == 0xfeff:
		return true
	}
	return false
}

// safeAll is safe for each of ss.
func safeAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = safe(s)
	}
	return out
}
