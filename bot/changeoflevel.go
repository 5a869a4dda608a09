package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// changeOverLevel is how far a change asked ranks above its level.
const changeOverLevel = 0.01

// changesOfLevels are, when a change is asked ("接的电话比去年同期涨了多
// 少"), the changes left out whose sentence and label are those of a level
// kept ("接听电话1440次,较去年同期上涨20.10%"): the words that found the
// level find its change, which the count's own rules (a count in 次) left
// out. So is a change in a later sentence of the level's passage that
// counts the thing the level counts by its head ("报告突发公共卫生事件53起。
// 与2018年相比,报告事件数增加47%"). Each ranks just above its level: it is
// what was asked.
func changesOfLevels(kept []figureCandidate, changes []corpus.FigureHit) []figureCandidate {
	var out []figureCandidate
	for _, h := range changes {
		for _, c := range kept {
			lv := c.hit.Figure
			if isChange(lv) || c.hit.Ref != h.Ref {
				continue
			}
			if lv.Label == h.Figure.Label && lv.Sentence == h.Figure.Sentence || lv.Year == h.Figure.Year && countsHeadOf(h.Figure.Label, lv.Label) {
				out = append(out, figureCandidate{hit: h, score: c.score + changeOverLevel})
				break
			}
		}
	}
	return out
}

// countHeadSuffixes end a change's label after the thing it counts:
// "事件数", "病例数量".
var countHeadSuffixes = []string{"数量", "总数", "数"}

// minCountedHeadRunes is how long the thing a change counts must be to
// stand for a level's ("事件", not "数").
const minCountedHeadRunes = 2

// countsHeadOf reports whether a change's label counts the thing a level's
// label ends with: "事件数" of 网络直报系统报告突发公共卫生事件.
func countsHeadOf(change, level string) bool {
	c, l := corpus.Normalize(change), corpus.Normalize(level)
	for _, s := range countHeadSuffixes {
		if head, ok := strings.CutSuffix(c, s); ok {
			return utf8.RuneCountInString(head) >= minCountedHeadRunes && strings.HasSuffix(l, head) && head != l
		}
	}
	return false
}
