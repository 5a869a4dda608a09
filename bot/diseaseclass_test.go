package bot_test

import (
	"strings"
	"testing"
)

// A class of notifiable diseases asked by its examples and name in brackets
// ("像流感、腮腺炎这一类（丙类）的病一共报了多少") is answered by that
// class's cases, not the kinds of disease nor the classes counted together
// (made-up bulletin).
func TestDiseaseClassAskedByExamples(t *testing.T) {
	b := botOver(t, map[string]string{
		"yuebao.txt": "2019年12月甘肃省法定传染病疫情概况\n2019年12月,全省无甲类传染病报告,乙、丙类传染病报告20种12512例,死亡10例。" +
			"其中乙类传染病12种4188例;丙类传染病8种8324例,无死亡病例。\n",
	})
	a := ask(t, b, nil, "甘肃2019年12月像流感、腮腺炎、拉肚子这一类（丙类）的病一共报了多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "8324例") {
		t.Errorf("want the class's cases, 8324例:\n%s", a.Text)
	}
}
