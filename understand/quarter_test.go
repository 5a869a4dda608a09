package understand

import (
	"slices"
	"testing"
)

// Quarters reads the quarters a question or a report names.
func TestQuarters(t *testing.T) {
	for text, want := range map[string][]int{
		"达州市今年三季度全市总诊疗有多少万人次？":           {3},
		"2023年第二季度,全市医疗卫生机构总诊疗544.34万人次": {2},
		"一季度和第四季度对比":                     {1, 4},
		"全年诊疗人次":                         nil,
	} {
		if got := Quarters(text); !slices.Equal(got, want) {
			t.Errorf("Quarters(%q) = %v, want %v", text, got, want)
		}
	}
}

// A span of months that makes a quarter names it ("2019年1～3月" is the
// first); a half year's names none.
func TestQuarterOfMonthSpans(t *testing.T) {
	if got := Quarters("关于2019年1～3月公立医院综合改革完成情况的公示"); len(got) != 1 || got[0] != 1 {
		t.Errorf("1～3月: quarters %v, want [1]", got)
	}
	if got := Quarters("7-9月门诊量"); len(got) != 1 || got[0] != 3 {
		t.Errorf("7-9月: quarters %v, want [3]", got)
	}
	if got := Quarters("1-6月门诊量"); len(got) != 0 {
		t.Errorf("1-6月: quarters %v, want none", got)
	}
}
