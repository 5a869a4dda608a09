package bot_test

import (
	"strings"
	"testing"
)

// A from-to question about a table's row is answered with both of its year
// columns: the 2020 value and the 2025 target (made-up table).
func TestFromToOfATableRow(t *testing.T) {
	b := botOver(t, map[string]string{
		"zhibiao.txt": "云溪市“十四五”时期卫生健康事业主要发展指标\n" +
			"| 序号 | 主要指标 | 单位 | 2020年 | 2025年目标 | 指标性质 |\n" +
			"| 1 | 人均预期寿命 | 岁 | 78.2 | 79 | 预期性 |\n" +
			"| 2 | 每千人口拥有注册护士数 | 人 | 2.09 | 2.75 | 预期性 |\n" +
			"| 3 | 每千人口拥有药师(士)数 | 人 | 0.18 | 0.38 | 预期性 |\n",
	})
	for q, want := range map[string][]string{
		"云溪每千人护士数，十四五要从多少提到多少？":       {"2.09", "2.75"},
		"云溪那边药剂师每千人，2020年到2025年要涨多少？": {"0.18", "0.38"},
	} {
		a := ask(t, b, nil, q)
		first := firstLine(a.Text)
		for _, w := range want {
			if !strings.Contains(first, w) {
				t.Errorf("%s: want both ends %v in the first line:\n%s", q, want, a.Text)
				break
			}
		}
	}
	a := ask(t, b, nil, "云溪2025年每千人口注册护士数目标是多少？")
	if first := firstLine(a.Text); strings.Contains(first, "2.09") || !strings.Contains(first, "2.75") {
		t.Errorf("one year asked, one column answered:\n%s", a.Text)
	}
}
