package bot

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/figures"
	"github.com/healthbot/healthbot/indicators"
	"github.com/healthbot/healthbot/understand"
)

// How much a figure changed: an amount of change ("增加66间", "增长7.28%")
// or a count of what is new, told from the level reached, and put first
// for a question about a change.

// changeAmount reports whether a word of a figure's qualifier makes it the
// amount of a change: a verb of change the figures reader knows ("提高15个
// 百分点", "增长5.5%"; not the level reached, "提高到70%"), or a comparison
// by more or less ("比2020年多743张").
func changeAmount(word string) bool {
	return figures.ChangeQualifier(word) || comparedAmount.MatchString(word)
}

// comparedAmount is a qualifier comparing by more or less: "比2020年多".
var comparedAmount = regexp.MustCompile(`^(?:比|较)\S*(?:多|少|高|低)$`)

// measuredUnit is the unit a figure gives its measure in: none for a
// change in percent, which a count changes by as well as a rate
// ("注册医师较2022年增长了7.28%").
func measuredUnit(f corpus.Figure) string {
	if f.Unit == "%" && isChange(f) {
		return ""
	}
	return f.Unit
}

// isAmountOfChange reports whether a figure answers how much something
// changed: an amount of change, a count of what is new ("新增三级医院3家"
// for "三级医院多出来几家"), or a difference in percentage points, which
// is never a level ("超出目标22.33个百分点").
func isAmountOfChange(f corpus.Figure) bool {
	return isChange(f) || isNewCount(f) || strings.HasSuffix(f.Unit, "百分点")
}

// changesAgainst puts first the amounts of change measured against the base
// a question compares with (compared reports a qualifier of that base);
// when the best is such a change, the changes against the other base of a
// periodic report (other: the month before, the same month a year
// before) or the gap to a whole area answer another question and are left
// out.
func changesAgainst(cands []figureCandidate, compared, other func(corpus.Figure) bool) []figureCandidate {
	cands = keepFirst(cands, func(f corpus.Figure) bool { return isAmountOfChange(f) && compared(f) })
	if len(cands) > 0 && isChange(cands[0].hit.Figure) && compared(cands[0].hit.Figure) {
		cands = keepCandidates(cands, func(h corpus.FigureHit) bool { return !isAmountOfChange(h.Figure) || !other(h.Figure) })
	}
	return cands
}

// againstYearBefore reports whether a figure is measured against the year
// before its own: "比上年度提高", or the year named ("较我省2022年上升" of a
// 2023 figure).
func againstYearBefore(f corpus.Figure) bool {
	q := corpus.Normalize(f.Qualifier)
	return understand.ComparesWithYearBefore(q) ||
		f.Year > 0 && (strings.Contains(q, "比") || strings.Contains(q, "较")) && strings.Contains(q, strconv.Itoa(f.Year-1)+"年")
}

// againstOtherThanYearBefore reports whether a figure is measured against
// another base than the year before: the month before, or a whole area
// ("比全国居民健康素养水平高0.9个百分点").
func againstOtherThanYearBefore(f corpus.Figure) bool {
	return againstMonthBefore(f) || understand.ComparedArea(f.Qualifier) != "" || againstEarlierYear(f)
}

// againstEarlierYear reports whether a figure is measured against a year
// it names other than the one before its own ("比2009年提升1.56岁" of a
// 2016 figure).
func againstEarlierYear(f corpus.Figure) bool {
	y := comparedYearOf(f)
	return y > 0 && f.Year > 0 && y != f.Year-1
}

// comparedYearOf is the year a change's qualifier names as its base, 0
// for none.
func comparedYearOf(f corpus.Figure) int {
	m := comparedYear.FindStringSubmatch(corpus.Normalize(f.Qualifier))
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// comparedYear is the year a change's qualifier compares with: "比2009年",
// "与2013年相比".
var comparedYear = regexp.MustCompile(`(?:比|较|与|同|和|跟)\s*((?:19|20)\d{2})\s*年`)

// againstMonthBefore reports whether a figure is measured against the month
// before ("较上月同期上升").
func againstMonthBefore(f corpus.Figure) bool {
	return understand.ComparesWithMonthBefore(f.Qualifier)
}

// isNewCount reports whether a figure counts what is new ("新增三级医院3家").
func isNewCount(f corpus.Figure) bool {
	return strings.HasPrefix(f.Label, "新增") || strings.HasPrefix(f.Label, "净增")
}

// isChange reports whether a figure is an amount of change ("床位增加30.0万
// 张"), not a level: a level and a change are never in conflict.
func isChange(f corpus.Figure) bool {
	return slices.ContainsFunc(strings.Fields(f.Qualifier), changeAmount) ||
		slices.ContainsFunc(changeNouns, func(n string) bool { return strings.HasSuffix(f.Label, n) })
}

// changeNouns end the label of a change named as a noun: "执业(助理)医师增幅
// 为2.05%".
var changeNouns = []string{"增幅", "降幅", "涨幅", "减幅", "增速", "增长幅度", "下降幅度"}

// amountsFirst puts first, for a question about how much a figure changed
// ("报销比例提高了多少"), the amounts of change of the best candidate's
// measure, ahead of the level it reached; unless a rate or a percentage is
// asked, a change in the measure's own unit ahead of one in percent
// ("收入比上年少了多少": 减少27.31万元, then 下降12.5%).
func amountsFirst(cands []figureCandidate, rateAsked bool) []figureCandidate {
	cands = bestMeasureFirst(cands, func(f corpus.Figure) bool { return !f.Missing && isAmountOfChange(f) })
	if rateAsked || len(cands) == 0 || !isAmountOfChange(cands[0].hit.Figure) {
		return cands
	}
	n := 0 // the changes first
	for n < len(cands) && isAmountOfChange(cands[n].hit.Figure) && !cands[n].hit.Figure.Missing {
		n++
	}
	changes := slices.Clone(cands[:n])
	slices.SortStableFunc(changes, func(a, b figureCandidate) int {
		return cmpBool(isRateUnit(a.hit.Figure.Unit), isRateUnit(b.hit.Figure.Unit))
	})
	return append(changes, cands[n:]...)
}

// keepFirst moves the candidates whose figure is wanted ahead of the
// others, each part in its order.
func keepFirst(cands []figureCandidate, want func(corpus.Figure) bool) []figureCandidate {
	var first, rest []figureCandidate
	for _, c := range cands {
		if want(c.hit.Figure) {
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(first, rest...)
}

// bestMeasureFirst puts first, in order, the candidates of the best
// candidate's measure (labels matching its label by half or more) that
// pass want; the rest follow in order.
func bestMeasureFirst(cands []figureCandidate, want func(corpus.Figure) bool) []figureCandidate {
	bestLabel := cands[0].hit.Figure.Label
	best := bigrams(bestLabel)
	top := cands[0].hit.Figure
	return keepFirst(cands, func(f corpus.Figure) bool {
		// The same measure by its words, or by the catalogue ("苏州人均寿命"
		// is 人均期望寿命), or by a shorter name under the same heading
		// ("收入较2024年增加124.29万元" under "（一）收入预算").
		return want(f) && (labelMatch(best, f.Label) >= 0.5 || indicators.Same(bestLabel, f.Label) || f.Section != "" && f.Report == top.Report && f.Section == top.Section && allWithin(f.Label, best))
	})
}

// allWithin reports whether every bigram of label is in best.
func allWithin(label string, best map[string]bool) bool {
	l := bigrams(label)
	for g := range l {
		if !best[g] {
			return false
		}
	}
	return len(l) > 0
}

// earliestOfBest puts first the figure of the best candidate's label and
// place of the earliest year given, for a question asking where a measure
// started when no figure is written as a change's start.
func earliestOfBest(cands []figureCandidate) []figureCandidate {
	if len(cands) < 2 {
		return cands
	}
	best := cands[0].hit
	first := 0
	for i, c := range cands {
		h := c.hit
		if h.Figure.Label == best.Figure.Label && h.Place == best.Place && h.Figure.Year > 0 && h.Figure.Year < cands[first].hit.Figure.Year && !isChange(h.Figure) {
			first = i
		}
	}
	if first == 0 {
		return cands
	}
	out := append([]figureCandidate{cands[first]}, cands[:first]...)
	return append(out, cands[first+1:]...)
}
