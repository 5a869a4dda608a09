package bot_test

import (
	"strings"
	"testing"
)

// Asked about one holiday, a report of another holiday's figures is no
// answer; asked about that holiday, it is (made-up news report).
func TestHolidayAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"guoqing.txt": "2024年国庆期间云溪区120平稳运行\n10月1日至10月8日,云溪区120指挥调度台共接听电话3210次,急救派车740次。\n",
	})
	a := ask(t, b, nil, "云溪区2024年春节放假那几天120接了多少电话？")
	if strings.Contains(a.Text, "3210次") || !strings.Contains(firstLine(a.Text), "没有找到") || !strings.Contains(firstLine(a.Text), "春节") {
		t.Errorf("the National Day count given for the Spring Festival, or no word that the Spring Festival's is not found:\n%s", a.Text)
	}
	a = ask(t, b, nil, "云溪区2024年国庆放假那几天120接了多少电话？")
	if !strings.Contains(firstLine(a.Text), "3210次") {
		t.Errorf("want the National Day count:\n%s", a.Text)
	}
}
