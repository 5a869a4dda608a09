package figures

import (
	"strings"
	"unicode/utf8"
)

// perItemLabels name an amount only as what each one of those counted
// before it gets ("…独生子女伤残家庭特别扶助49人,标准是每人每月570元",
// "独生子女父母奖励9359人,每人每年120元").
var perItemLabels = map[string]bool{"标准": true, "每人": true, "每户": true, "每个家庭": true, "每名": true, "每家": true}

// standardOfCounted names an amount labelled only as each one's (标准,
// 每人) after the count of those it is paid to: it is the standard of
// what that count's label names (独生子女伤残家庭特别扶助标准), not a
// standard of nothing that any question about a standard matches.
func standardOfCounted(figs []Figure) {
	for i := 1; i < len(figs); i++ {
		prev, f := figs[i-1], &figs[i]
		if !perItemLabels[f.Label] || !strings.HasSuffix(f.Unit, "元") || prev.Label == "" || perItemLabels[prev.Label] || strings.HasSuffix(prev.Unit, "元") {
			continue
		}
		if with := prev.Label + "标准"; utf8.RuneCountInString(with) <= maxLabel {
			f.Label = with
		}
	}
}

// standardIncrease reads "补助标准中新增的5元" as what it is, a rise of the
// standard by 5元: the label is the standard's, the qualifier 新增 a change,
// so that "比去年多了多少" finds it and "标准是多少" does not.
func standardIncrease(figs []Figure) {
	for i, f := range figs {
		for _, end := range []string{"标准中新增", "标准新增"} {
			if base, ok := strings.CutSuffix(f.Label, end); ok && base != "" && !isChangeFigure(f) {
				figs[i].Label = base + "标准"
				figs[i].Qualifier = strings.TrimSpace(f.Qualifier + " 新增")
				break
			}
		}
	}
}
