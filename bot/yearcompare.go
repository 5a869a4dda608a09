package bot

import (
	"fmt"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A figure question about two years that asks which is more ("去年和前年各
// 新增了多少？是多了还是少了？") gets, after the figures, the comparison of
// the two years' leading figures when their units agree up to a multiplier
// (8897个 and 近1.9万个).

// comparisonAsked are the words that ask which of two is more.
var comparisonAsked = []string{"多了还是少了", "增加还是减少", "增了还是减了", "升了还是降了", "哪年多", "哪一年多", "哪年高", "比较", "对比", "相比", "变化"}

// multipliers scale a unit written with one ("万个" is 10,000 个).
var multipliers = []struct {
	prefix string
	factor float64
}{{"万亿", 1e12}, {"亿", 1e8}, {"千万", 1e7}, {"百万", 1e6}, {"万", 1e4}, {"千", 1e3}, {"百", 1e2}}

// scaled is a figure's value in its base unit ("近1.9万个" → 19000, "个").
func scaled(fig corpus.Figure) (float64, string, bool) {
	if fig.Missing {
		return 0, "", false
	}
	for _, m := range multipliers {
		if base, ok := strings.CutPrefix(fig.Unit, m.prefix); ok && base != "" {
			return fig.Value * m.factor, base, true
		}
	}
	return fig.Value, fig.Unit, true
}

// yearComparison compares the best figure of each of two years asked, or
// returns "" when the question asks no comparison or the figures do not
// compare.
func yearComparison(question string, years []int, cands []figureCandidate) string {
	if len(years) != 2 || !containsAny(question, comparisonAsked) {
		return ""
	}
	var best [2]*corpus.Figure
	for _, c := range cands {
		for i, y := range years {
			if best[i] == nil && c.hit.Figure.Year == y {
				fig := c.hit.Figure
				best[i] = &fig
			}
		}
	}
	if best[0] == nil || best[1] == nil {
		return ""
	}
	a, ua, okA := scaled(*best[0])
	b, ub, okB := scaled(*best[1])
	if !okA || !okB || ua != ub || a == b {
		return ""
	}
	more, less := best[0], best[1]
	if b > a {
		more, less = less, more
	}
	return fmt.Sprintf("比较：%d年（%s%s）多于%d年（%s%s）。", more.Year, more.Raw, more.Unit, less.Year, less.Raw, less.Unit)
}
