package bot_test

import (
	"strings"
	"testing"
)

// A total over several years ("过去五年累计新增…") is the period's figure:
// it never answers for one year, and answers a question about the period
// with the period's years (made-up report).
var fiveYearReview = map[string]string{
	"某省2026年政府工作报告.txt": "2026年某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n" +
		"过去五年，全省累计新增养老床位5万张，人均预期寿命提高到79岁。\n2025年，全省新增养老床位8000张。\n",
}

func TestPeriodTotalIsNotOneYears(t *testing.T) {
	b := botOver(t, fiveYearReview)
	a := ask(t, b, nil, "某省2025年新增了多少张养老床位？")
	if !strings.Contains(a.Text, "8000张") || strings.Contains(a.Text, "5万张") {
		t.Errorf("one year's figure asked, the five-year total given or mixed in: %s", a.Text)
	}
	a = ask(t, b, nil, "某省“十四五”时期一共新增了多少张养老床位？")
	if !strings.Contains(a.Text, "5万张") || !strings.Contains(a.Text, "2021—2025年") {
		t.Errorf("the period's total should answer with its years: %s", a.Text)
	}
}

func TestTrendLeavesOutPeriodTotals(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2026年政府工作报告.txt": "2026年某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n" +
			"过去五年，全省累计新增养老床位36000张。2025年，全省新增养老床位8000张。\n",
		"某省2025年政府工作报告.txt": "2025年某省政府工作报告\n一、2024年工作回顾\n2024年，全省新增养老床位7000张。\n",
	})
	a := ask(t, b, nil, "某省这几年新增养老床位的变化趋势？")
	if !strings.Contains(a.Text, "8000张") || !strings.Contains(a.Text, "7000张") {
		t.Fatalf("trend lacks the yearly figures: %s", a.Text)
	}
	if strings.Contains(a.Text, "36000张") {
		t.Errorf("a five-year total stands in a year's row of the trend: %s", a.Text)
	}
}

// "这几年一共建成多少个" with only a period's total in the reports is
// answered with that total, not an empty table.
func TestTrendOfOnlyAPeriodTotal(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2026年政府工作报告.txt": "2026年某省政府工作报告\n一、“十四五”时期工作回顾\n五年来，全省建成125个县域医共体，实现急危重症救治中心全覆盖。\n",
	})
	a := ask(t, b, nil, "某省十四五这几年一共建成了多少个县域医共体？")
	if !strings.Contains(a.Text, "125个") || !strings.Contains(a.Text, "2021—2025年") {
		t.Errorf("answer should give the period's total with its years: %s", a.Text)
	}
}
