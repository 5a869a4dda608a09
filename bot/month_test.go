package bot_test

import (
	"strings"
	"testing"
)

// A month asked that the reports do not give is not found, though another
// month's report counts the same measure; the month given answers, and a
// question naming no month is answered by any (made-up monthly bulletin).
func TestMonthAskedNotAnotherMonth(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪省2023年11月法定传染病疫情概况.txt": "云溪省2023年11月法定传染病疫情概况\n2023年11月(2023年11月1日0时至11月30日24时),全省共报告法定传染病171188例,死亡25人。\n",
	})
	a := ask(t, b, nil, "云溪省2023年12月法定传染病报了多少例？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(firstLine(a.Text), "12月") || strings.Contains(a.Text, "171188") {
		t.Errorf("want December not found:\n%s", a.Text)
	}
	for _, q := range []string{"云溪省2023年11月法定传染病报了多少例？", "云溪省2023年法定传染病报了多少例？"} {
		if a := ask(t, b, nil, q); !strings.Contains(firstLine(a.Text), "171188") {
			t.Errorf("%s: want 171188例:\n%s", q, a.Text)
		}
	}
}
