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
