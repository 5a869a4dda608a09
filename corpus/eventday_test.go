package corpus

import "testing"

// A paragraph opening with the day of an event ("2023年2月16日下午,…大会
// 举行") tells what happened that day, though the year is after the one
// the text reviews: its figures are no plan.
func TestEventOnADayIsDone(t *testing.T) {
	text := "某院举办第七届职工代表大会暨2022年度工作总结大会\n  • 来源:某院 日期:2023-02-17\n2023年2月16日下午,某院第七届职工代表大会暨2022年度工作总结大会举行。领导班子、员工代表共300余人参加此次大会。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "300" && (f.Year != 2023 || f.Kind != KindSummary) {
			t.Errorf("300余人 of %d %s, want done in 2023", f.Year, f.Kind)
		}
	}
}
