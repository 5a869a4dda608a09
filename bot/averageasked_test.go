package bot_test

import (
	"strings"
	"testing"
)

// Asked the average a year ("平均一年的发病率"), the average answers, not the
// range of the years' rates its sentence gives first (made-up abstract).
func TestAverageAYearAskedTakesTheAverage(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县传染病分析.txt": "三江侗族自治县2006~2015年法定传染病流行特征分析\n结果 2006~2015年三江侗族自治县乙类传染病发病率为150.21/10万~430.55/10万,年均发病率为276.40/10万,发病率呈逐年下降趋势。\n",
	})
	a := ask(t, b, nil, "三江县2006到2015年，乙类传染病平均一年的发病率是多少？")
	if !strings.Contains(a.Text, "276.40") || strings.Contains(a.Text, "430.55") {
		t.Errorf("want the average a year:\n%s", a.Text)
	}
}
