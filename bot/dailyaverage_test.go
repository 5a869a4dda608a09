package bot_test

import (
	"strings"
	"testing"
)

// "平均每天" is the 日均 asked, with no note that the kind is missing; the
// busiest day's count beside the average is neither the answer, nor listed,
// nor a conflict (made-up holiday report).
func TestDailyAverageNotTheBusiestDay(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣城市120.txt": "宣城市2024年国庆假期120急救情况\n国庆假期,全市急救中心共受理呼救电话2100个,平均每天急救出车96次,最高113次。\n",
	})
	a := ask(t, b, nil, "宣城国庆那几天120平均每天出车多少次？")
	if !strings.Contains(firstLine(a.Text), "96次") || strings.Contains(a.Text, "113") || strings.Contains(a.Text, "没有找到") || len(a.Warnings) > 0 {
		t.Errorf("want the average 96次 alone:\n%s\n%q", a.Text, a.Warnings)
	}
}
