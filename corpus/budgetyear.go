package corpus

import "regexp"

// budgetStatement is the title of a unit's budget made public ("2021年部门
// 预算及“三公”经费预算公开说明", "2025年单位预算情况说明"), not of its final
// accounts or of a budget's execution.
var budgetStatement = regexp.MustCompile(`预算(?:及\p{Han}{0,8})?(?:公开|情况说明|说明)`)

// budgetNotStatement marks a title about money already spent.
var budgetNotStatement = regexp.MustCompile(`决算|执行情况|绩效`)

// budgetOwnYear dates the parts of a budget statement that describe the
// unit (its functions, its staff, "在职实有81人") in the budget's year: they
// say how the unit stands as its budget is made public, not a review of the
// year before, which its plan-like title would otherwise make them.
func budgetOwnYear(secs []Section, simpTitle string, year int) {
	if year == 0 || !budgetStatement.MatchString(simpTitle) || budgetNotStatement.MatchString(simpTitle) {
		return
	}
	for i := range secs {
		if secs[i].Kind == KindSummary && secs[i].Year == year-1 {
			secs[i].Year = year
		}
	}
}
