package bot

import (
	"strings"
	"testing"
)

// A second part that names only a year ("2015年是多少岁，2020年要提到多少")
// asks the first part's indicator of that year, by the indicator's name,
// not by the plan's name the first part opens with ("健康甘肃2030").
func TestCompoundPartNamingOnlyAYear(t *testing.T) {
	parts := splitCompound("健康甘肃2030里，全省人均预期寿命2015年是多少岁，2020年要提到多少？")
	if len(parts) != 2 || !strings.HasPrefix(parts[1], "人均预期寿命2020年") {
		t.Errorf("parts %q, want the second to ask 人均预期寿命 of 2020", parts)
	}
}
