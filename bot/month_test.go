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

// A count asked up to a month's end ("到10月底已经完成多少座") is the one the
// text gives as of that month, not the year's task (made-up figures).
func TestCountAsOfTheMonthAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"改厕工作开展情况.txt": "2020年某区农村改厕工作开展情况\n今年是我区农村改厕三年行动计划的收官之年,确保今年我区完成4.1万座农村改厕任务。截至2020年10月30日,全区已完成农村户改厕任务40926座,完成率99.82%。\n",
	})
	a := ask(t, b, nil, "某区2020年农村改厕，到10月底已经完成多少座了？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "40926座") {
		t.Errorf("answer %q, want 40926座 first", a.Text)
	}
}
