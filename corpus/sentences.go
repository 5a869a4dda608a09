package corpus

import (
	"unicode"
	"unicode/utf8"
)

// sentenceEnd are the runes that end a sentence. A full stop "." is not one:
// in these documents it is a decimal point or an outline number far more
// often; proseFullStop tells the ones that end a sentence.
func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '\n':
		return true
	}
	return false
}

// isCloser are runes that stay with the sentence they close.
func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '】', '"', '\'':
		return true
	}
	return false
}

// sentences splits text[span] into sentence spans, trimmed of surrounding
// whitespace; empty sentences are dropped.
func sentences(text string, span Span) []Span {
	var out []Span
	start := span.Start
	i := span.Start
	for i < span.End {
		r, size := utf8.DecodeRuneInString(text[i:span.End])
		i += size
		if !isSentenceEnd(r) && !(r == '.' && proseFullStop(text, start, i-size, span.End)) {
			continue
		}
		for i < span.End {
			c, cs := utf8.DecodeRuneInString(text[i:span.End])
			if !isCloser(c) && !(isSentenceEnd(c) && c != '\n') {
				break
			}
			i += cs
		}
		if s := trimSpan(text, Span{start, i}); s.Len() > 0 {
			out = append(out, s)
		}
		start = i
	}
	if s := trimSpan(text, Span{start, span.End}); s.Len() > 0 {
		out = append(out, s)
	}
	return out
}

// trimSpan narrows a span to exclude leading and trailing white space
// (including the ideographic space).
func trimSpan(text string, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRuneInString(text[s.Start:s.End])
		if !isBlank(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if !isBlank(r) {
			break
		}
		s.End -= size
	}
	return s
}

func isBlank(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', '\u3000', '\u00a0', utf8.RuneError:
		return true
	}
	return false
}

// minFullStopRunes is how long a sentence must have run before a "." ends
// it: shorter, the "." closes an outline number ("一.", "十二.").
const minFullStopRunes = 6

// proseFullStop reports whether the "." at text[at] ends a sentence written
// with an ASCII full stop, as PDFs converted from Word often have it
// ("提高到26%以上.城、乡居民…"): a Chinese character, a percent sign or a
// closing bracket before it, a Chinese character after it, and a sentence of
// some length behind it. A decimal point has digits on both sides.
func proseFullStop(text string, start, at, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(text[start:at])
	after, _ := utf8.DecodeRuneInString(text[at+1 : end])
	if !(unicode.Is(unicode.Han, before) || before == '%' || before == '‰' || isCloser(before)) || !unicode.Is(unicode.Han, after) {
		return false
	}
	return utf8.RuneCountInString(text[start:at]) >= minFullStopRunes
}
