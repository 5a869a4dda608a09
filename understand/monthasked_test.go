package understand

import "testing"

// A month's end a question counts up to is told from a calendar month
// asked.
func TestAsOfMonthAsked(t *testing.T) {
	for q, want := range map[string]int{
		"海门今年农村改厕，到10月底已经完成多少座了？": 10,
		"截至9月底接种了多少人？":            9,
		"去年12月法定传染病报了多少例？":        0,
		"今年一共完成多少座？":              0,
	} {
		if got := AsOfMonthAsked(q); got != want {
			t.Errorf("AsOfMonthAsked(%q) = %d, want %d", q, got, want)
		}
	}
}
