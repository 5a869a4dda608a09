package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// distinctWeight is what each of a question's distinct words (distinctWords)
// a figure's report holds adds to its score, for at most maxDistinct of
// them.
const (
	distinctWeight = 0.3
	maxDistinct    = 2
)

// minDistinctFiles is how many reports the figures found must come from
// for a word few of them hold to tell them apart; distinctShare is the
// part of them at most a distinct word stands in (one in four).
const (
	minDistinctFiles = 3
	distinctShare    = 4
)

// distinctSet counts, for each report found (by file), the question's
// distinct words it holds.
type distinctSet map[string]int

// distinctWords counts, for each report found, the question's bigrams
// (topic grams) it holds that the titles, sentences and leads of at most a
// quarter of the reports found hold: a hospital's own name ("同济"), not
// the measure all of them give ("床位"). Every figure of a report counts
// alike: the report is what the words tell.
func distinctWords(grams map[string]bool, hits []corpus.FigureHit) distinctSet {
	files := map[string]string{}
	for _, h := range hits {
		files[h.File] += h.Title + "\n" + h.Figure.Sentence + "\n" + h.Figure.Lead + "\n"
	}
	if len(files) < minDistinctFiles {
		return nil
	}
	holders := map[string]int{}
	for file, text := range files {
		text = corpus.Simplify(text)
		files[file] = text
		for g := range grams {
			if strings.Contains(text, g) {
				holders[g]++
			}
		}
	}
	out := distinctSet{}
	for file, text := range files {
		for g, n := range holders {
			if n*distinctShare <= len(files) && strings.Contains(text, g) {
				out[file]++
			}
		}
	}
	return out
}
