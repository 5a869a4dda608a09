package bot_test

import (
	"strings"
	"testing"
)

func TestWeekAskedNotAnotherWeek(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市传染病疫情周报.txt": "本周疫情(2019年2月4日至2019年2月10日)\n一、疫情概况\n2019年第6周,全市共报告法定传染病13种5874例,死亡4例。\n",
	})
	a := ask(t, b, nil, "云溪市2019年第7周法定传染病一共报了多少例？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(firstLine(a.Text), "第7周") || strings.Contains(a.Text, "5874") {
		t.Errorf("want week 7 not found:\n%s", a.Text)
	}
	for _, q := range []string{"云溪市2019年第6周法定传染病一共报了多少例？", "云溪市2019年第六周法定传染病报了多少例？"} {
		if a := ask(t, b, nil, q); !strings.Contains(firstLine(a.Text), "5874") {
			t.Errorf("%s: want 5874例:\n%s", q, a.Text)
		}
	}
}
