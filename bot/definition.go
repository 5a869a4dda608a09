package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// definitionHits is how many passages a definition is looked for in: the
// term alone is searched, so the sentence defining it competes with every
// passage that only uses it.
const definitionHits = 20

// definingSentence matches the sentence that defines term: the term opens
// it or what follows its colon (after an outline number or a quote mark:
// "15.“六横六纵”现代化水网体系：“六横”指…"), followed by 是指, 指, 包括,
// 分为 or a colon ("甲类传染病，是指…，包括鼠疫、霍乱", "“六横”指…",
// "医共体：…").
func definingSentence(term string) *regexp.Regexp {
	return regexp.MustCompile(`(?:^|[:：])\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:\p{Han}{1,8}等)?[“"]?` + regexp.QuoteMeta(term) +
		`[”"]?\s*(?:[,，]\s*)?(?:是指|指的是|指|主要包括|包括|分为|即|[:：])`)
}

// lookupDefinition answers "什么是X" / "X是哪几种" with the sentence of
// the reports that defines X, quoted and cited. ok is false when the
// question asks no definition or no passage defines the term: it is then
// answered like any other.
func (b *Bot) lookupDefinition(ctx context.Context, question string, f corpus.Filters) (Answer, bool, error) {
	term, ok := understand.DefinedTerm(question)
	if !ok {
		return Answer{}, false, nil
	}
	for _, t := range understand.TermVariants(term) {
		res, err := b.search.Search(ctx, corpus.Query{Text: t, Filters: f, K: definitionHits})
		if err != nil {
			return Answer{}, false, fmt.Errorf("search: %w", err)
		}
		re := definingSentence(corpus.Normalize(t))
		for _, h := range res.Hits {
			for _, sent := range splitSentences(h.Lead + h.Text + h.Rest) {
				if !re.MatchString(corpus.Normalize(sent)) {
					continue
				}
				src := sourceOf(h, 1)
				text := fmt.Sprintf("根据《%s》：\n“%s” [1]", h.Title, quote(strings.TrimSpace(sent)))
				return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: text, Sources: []Source{src}, Figures: []FigureRow{}}, true, nil
			}
		}
	}
	return Answer{}, false, nil
}
