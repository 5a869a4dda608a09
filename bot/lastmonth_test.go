package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// "上个月" asks the month before the day asked: April's new cases, in May,
// not February's the same sentence gives first (made-up news).
func TestLastMonthAsked(t *testing.T) {
	b := botOn(t, time.Date(2014, 5, 25, 0, 0, 0, 0, time.Local), map[string]string{
		"云溪省手足口病.txt": "云溪省手足口病进入高发期\n2014年以来,云溪省手足口病疫情维持在较高水平。省卫生计生委通报的数据是:2月,云溪省手足口病新发病例2203例,3月增长到12648例,死亡1例;4月,新发病例33370例,死亡2例。\n",
	})
	a := ask(t, b, nil, "云溪省上个月手足口病新发了多少例？")
	if !strings.Contains(firstLine(a.Text), "33370例") {
		t.Errorf("want April's 33370例:\n%s", a.Text)
	}
}

// A month's report that names only the month it compares with ("较11月上升")
// still answers for its own month, asked as "上个月" (made-up report).
func TestComparedMonthIsNotTheReports(t *testing.T) {
	b := botOn(t, time.Date(2015, 1, 20, 0, 0, 0, 0, time.Local), map[string]string{
		"云溪市疫情.txt": "云溪市2014年法定传染病疫情月报\n全市共报告法定传染病5617例,死亡3例,报告发病数较11月上升12.3%。\n",
	})
	a := ask(t, b, nil, "云溪市上个月法定传染病报了多少例？")
	if !strings.Contains(firstLine(a.Text), "5617例") {
		t.Errorf("want the month's 5617例:\n%s", a.Text)
	}
}

// botOn is the assistant, offline, over an index of the given files'
// texts, asked on the day now.
func botOn(t *testing.T, now time.Time, files map[string]string) *bot.Bot {
	t.Helper()
	return bot.New(indexOfTexts(t, files), nil, nil, bot.Options{Now: func() time.Time { return now }})
}
