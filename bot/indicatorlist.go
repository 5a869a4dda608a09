package bot

import "github.com/healthbot/healthbot/corpus"

// minIndicators is how many figures a source gives for its figures to
// answer a question for the indicators it sets or reports.
const minIndicators = 3

// indicatorItems answers a question for a text's indicators ("十四五规划有
// 哪些主要指标", "要盯哪些健康指标") with the figures of the best report that
// gives several, read from its passages among the sources and the pool of
// every passage found: each figure's own clause, in the passages' order,
// the targets only (figures written as goals, or in a plan's sections)
// when the question asks about plans and the report sets enough of them.
// The start of a change is no indicator. ok is false when no report gives
// minIndicators figures.
func indicatorItems(sources, pool []Source, plans bool) ([]listItem, bool) {
	done := map[string]bool{}
	for _, s := range sources {
		if done[s.Ref] {
			continue
		}
		done[s.Ref] = true
		var all, targets []listItem
		seen := map[string]bool{}
		for _, sent := range reportSentences(s, sources, pool) {
			for _, f := range corpus.ReadFigures(sent.text) {
				if f.Base {
					continue
				}
				clause := figureClause(corpus.Figure{Label: f.Label, Raw: f.Raw, Value: f.Value, Unit: f.Unit, Missing: f.Missing, Sentence: sent.text})
				if seen[clause] {
					continue
				}
				seen[clause] = true
				all = append(all, listItem{clause, sent.src})
				if f.Target || sent.kind == corpus.KindPlan {
					targets = append(targets, listItem{clause, sent.src})
				}
			}
		}
		if plans && len(targets) >= minIndicators {
			all = targets
		}
		if len(all) >= minIndicators {
			return all[:min(len(all), maxListItems)], true
		}
	}
	return nil, false
}

// passageSentence is a sentence of a passage, with the source citing it
// and the kind of its section.
type passageSentence struct {
	text string
	src  int
	kind corpus.Kind
}

// reportSentences are the sentences of s's report that the sources and
// the pool hold, each with the source it is cited by: s's own first, then
// the other passages of the report (a pooled one cited as s).
func reportSentences(s Source, sources, pool []Source) []passageSentence {
	var out []passageSentence
	seen := map[string]bool{}
	add := func(p Source, n int) {
		if p.Ref != s.Ref || seen[p.Text] {
			return
		}
		seen[p.Text] = true
		for _, sent := range splitSentences(p.Text) {
			out = append(out, passageSentence{sent, n, p.Kind})
		}
	}
	add(s, s.N)
	for _, p := range sources {
		add(p, p.N)
	}
	for _, p := range pool {
		add(p, s.N)
	}
	return out
}
