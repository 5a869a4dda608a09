package bot_test

import (
	"strings"
	"testing"
)

// A share asked of an indicator ("医生占了多大比例") is answered by the
// share written after its count ("执业(助理)医师为1534人,占卫生技术人员总数的
// 43.25%"), quoted with the count that names it, not by another's share.
func TestShareOfTheIndicatorAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"tongji.txt": "澄迈县2021年卫生技术人员统计\n2021年澄迈县卫生技术人员3547人,其中执业(助理)医师为1534人,占卫生技术人员总数的43.25%,同比增长173.44%;注册护士为1519人,占卫生技术人员总数的42.82%,同比增长75%。\n",
	})
	a := ask(t, b, nil, "澄迈县2021年的卫技人员里头，医生差不多占了多大比例？")
	if !strings.Contains(a.Text, "43.25%") || strings.Contains(a.Text, "42.82%") || !strings.Contains(a.Text, "执业(助理)医师为1534人") {
		t.Errorf("want the doctors' share, quoted with their count: %s", a.Text)
	}
}
