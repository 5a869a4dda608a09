package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// maxListItems is how many sentences a list answer quotes.
const maxListItems = 10

// listExtract answers a list or how question ("有哪些措施", "打算干啥") from
// the sources' own sentences: the items of the best source (the one whose
// section heading and text share most of the question's topic), in their
// order, then the best sentences of the others. Sentences that share
// nothing with the topic are kept inside the best source when its heading
// matches, since a section's items rarely repeat its heading's words.
func listExtract(question, searchText string, sources []Source) Answer {
	q := bigrams(understand.Topic(question) + " " + searchText)
	best, bestScore := 0, -1.0
	for i, s := range sources {
		score := float64(shared(q, s.Section))*2 + float64(shared(q, s.Text))/(1+float64(utf8.RuneCountInString(s.Text))/400)
		score /= 1 + 0.1*float64(i)
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	type item struct {
		text string
		src  int
	}
	var items []item
	headingMatches := shared(q, sources[best].Section) > 0
	for _, sent := range splitSentences(sources[best].Text) {
		if len(items) == maxListItems {
			break
		}
		if headingMatches || shared(q, sent) > 0 {
			items = append(items, item{sent, sources[best].N})
		}
	}
	if len(items) < maxListItems/2 {
		for i, s := range sources {
			if i == best {
				continue
			}
			for _, sent := range splitSentences(s.Text) {
				if len(items) >= maxListItems/2+2 {
					break
				}
				if shared(q, sent) >= max(1, len(q)/3) {
					items = append(items, item{sent, s.N})
				}
			}
		}
	}
	if len(items) == 0 {
		return extractive(question, sources)
	}
	var t strings.Builder
	t.WriteString("以下内容摘自资料原文（未经模型生成）：\n")
	for i, it := range items {
		fmt.Fprintf(&t, "%d. “%s” [%d]\n", i+1, firstRunes(it.text, maxQuoteRunes), it.src)
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: sources, Figures: []FigureRow{}}
}
