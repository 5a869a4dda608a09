package corpus

import (
	"strings"
	"unicode/utf8"
)

// maxPieceBytes bounds the text the figure extractor reads at once. A
// longer sentence, which only a hostile or broken file has (a paragraph of
// megabytes with no sentence end), is read in pieces of at most this many
// bytes: the extractor holds several arrays the length of what it reads and
// every number's candidate at once, so one sentence of 100 MB took
// gigabytes before a single figure was made (issue 15). No sentence of a
// real report comes near it (the longest in the samples and the devdocs is
// under 2 KiB), so theirs are read whole, as before.
const maxPieceBytes = 16 << 10

// clauseMarks end the clauses a run-on sentence is cut after.
const clauseMarks = "，,、：:"

// sentencePieces cuts the sentence s of text into pieces of at most
// maxPieceBytes: after the last clause mark in the last quarter of the
// room a piece has, else between two characters that are not of one number
// (safeCut). A sentence that fits is its own only piece.
func sentencePieces(text string, s Span) []Span {
	if s.Len() <= maxPieceBytes {
		return []Span{s}
	}
	var out []Span
	start := s.Start
	for s.End-start > maxPieceBytes {
		limit := start + maxPieceBytes
		for limit > start && !utf8.RuneStart(text[limit]) {
			limit--
		}
		cut := -1
		lo := start + maxPieceBytes*3/4
		if k := strings.LastIndexAny(text[lo:limit], clauseMarks); k >= 0 {
			_, size := utf8.DecodeRuneInString(text[lo+k:])
			cut = lo + k + size
		}
		if cut < 0 {
			cut = safeCut(text, start, limit)
		}
		if cut <= start {
			cut = limit
		}
		if p := trimSpan(text, Span{start, cut}); p.Len() > 0 {
			out = append(out, p)
		}
		start = cut
	}
	if p := trimSpan(text, Span{start, s.End}); p.Len() > 0 {
		out = append(out, p)
	}
	return out
}
