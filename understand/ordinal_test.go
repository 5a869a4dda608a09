package understand

import "testing"

// A question names one item of a numbered list by its ordinal.
func TestAskedOrdinal(t *testing.T) {
	for q, want := range map[string]int{
		"杭州去年民生实事第二件，卫生健康方面都做了哪些事？": 2,
		"十件实事里第3项完成得怎么样":            3,
		"去年民生实事都有哪些":                0,
		"第一季度门诊量多少":                 0,
	} {
		if got := AskedOrdinal(q); got != want {
			t.Errorf("AskedOrdinal(%q) = %d, want %d", q, got, want)
		}
	}
}
