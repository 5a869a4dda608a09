package bot_test

import (
	"strings"
	"testing"
)

// A January bulletin's counts, whose sentences name no month, answer no
// question about February: the reply says that month is not found.
func TestMonthlyBulletinAnswersItsOwnMonth(t *testing.T) {
	b := botOver(t, map[string]string{
		"疫情.txt": "警惕!某省卫健委刚刚公布!\n1月全省法定报告传染病疫情情况近日公布。报告显示,2023年1月(2023年1月1日0时至1月31日24时),全省共报告法定传染病19种86458例。\n" +
			"其中,无甲类传染病发病、死亡报告。其余13种乙类传染病共报告80614例,死亡43例。\n",
	})
	a := ask(t, b, nil, "某省2023年2月乙类传染病报了多少例？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || strings.Contains(a.Text, "80614") {
		t.Errorf("want February not found:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某省2023年1月乙类传染病报了多少例？")
	if first := firstLine(a.Text); !strings.Contains(first, "80614例") {
		t.Errorf("want January's 80614例:\n%s", a.Text)
	}
}
