package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// Staff ask a change against a year the reports give only a level for
// ("个人交的钱，2024年度比2023年度涨了多少": 410元/人 in one notice, 380元/人
// in the other). With no change written, the answer puts the base year's
// level beside the asked year's and says the difference.

// levelOfBaseYear is the level, in the base year a change question names,
// of the measure of best (the asked year's level): same label, same unit
// up to a multiplier (or the unit written in one year's table only);
// isNew when it is not among found. ok is false when a change is not asked
// against a year, best is itself a change, or no such level is found.
// The candidates already found (found) are looked in first; the base
// year is searched only when none of them is its level.
func (b *Bot) levelOfBaseYear(ctx context.Context, question, topic string, ids []string, asked askedOf, f corpus.Filters, best corpus.Figure, found []figureCandidate) (level figureCandidate, isNew, ok bool) {
	by := understand.AskedBaseYear(question)
	if by == 0 || !understand.AsksChange(question) || isChange(best) || best.Base || best.Year == by || best.Missing {
		return figureCandidate{}, false, false
	}
	_, unit, _ := scaled(best)
	levelOf := func(cs []figureCandidate) (figureCandidate, bool) {
		for _, c := range cs {
			fig := c.hit.Figure
			if _, u, ok := scaled(fig); ok && fig.Year == by && !isChange(fig) && !fig.Missing && sameOrUnstatedUnit(u, unit) && fig.Label == best.Label {
				return c, true
			}
		}
		return figureCandidate{}, false
	}
	if c, ok := levelOf(found); ok {
		return c, false, true
	}
	g := f
	g.Years = []int{by}
	more, err := b.findFigures(ctx, topic, ids, asked, g, 40)
	if err != nil {
		return figureCandidate{}, false, false
	}
	c, ok := levelOf(more)
	return c, true, ok
}

// sourceNumberOf is the number the answer cites c by: its place among
// cands, each cited in turn.
func sourceNumberOf(cands []figureCandidate, c figureCandidate) int {
	for i, x := range cands {
		if x.hit.Ref == c.hit.Ref && x.hit.Figure.Raw == c.hit.Figure.Raw && x.hit.Figure.Year == c.hit.Figure.Year && x.hit.Figure.Label == c.hit.Figure.Label {
			return i + 1
		}
	}
	return len(cands)
}

// changeFromBase says how much the asked year's level (to) differs from
// the base year's (from), the latter cited as source n.
func changeFromBase(to, from corpus.Figure, n int) string {
	a, unit, _ := scaled(from)
	c, toUnit, _ := scaled(to)
	if unit == "" {
		unit = toUnit
	}
	diff := c - a
	verb := "增加"
	if diff < 0 {
		verb, diff = "减少", -diff
	}
	if unit == "%" {
		unit = "个百分点" // a rate's difference
	}
	places := max(decimals(from.Raw), decimals(to.Raw))
	if unit != from.Unit && unit != to.Unit {
		places = -1 // "1.2万人" and "9800人" differ in 人, to the unit
	}
	return fmt.Sprintf("比较：%d年为%s%s [%d]，%d年为%s%s，%s%s%s。", from.Year, from.Raw, from.Unit, n, to.Year, to.Raw, to.Unit, verb, strconv.FormatFloat(diff, 'f', places, 64), unit)
}

// decimals is how many digits a number written as raw has after its point.
func decimals(raw string) int {
	if i := strings.LastIndexAny(raw, ".．"); i >= 0 {
		return len([]rune(raw[i:])) - 1
	}
	return 0
}

// sameOrUnstatedUnit reports whether two levels of one label are in the
// same unit, or one is written bare: a table that gives "6700.25" where
// another year's gives "8794.41元".
func sameOrUnstatedUnit(a, b string) bool {
	return a == b || a == "" || b == ""
}
