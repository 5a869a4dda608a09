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

// A later clause that asks with no subject of its own ("多少人领到") asks
// it of the scene the clauses before the first ask set.
func TestCompoundPartTakesTheSharedScene(t *testing.T) {
	parts := splitCompound("始兴县这回给精神病人的监护人发补贴，一共发了多少钱、多少人领到？")
	if len(parts) != 2 || !strings.HasPrefix(parts[1], "始兴县这回给精神病人的监护人发补贴，多少人领到") {
		t.Errorf("parts %q, want the second to ask who received the subsidy", parts)
	}
}
