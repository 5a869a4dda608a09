package corpus

import "github.com/healthbot/healthbot/corpus/figures"

// ReadFigures reads the figures of one sentence as ingest does: a
// Traditional sentence with the reader's Simplified words, its spans
// still pointing into the sentence as written.
func ReadFigures(sentence string) []figures.Figure {
	return figures.Extract(simplifyRunes(sentence))
}
