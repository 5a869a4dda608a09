package bot_test

import (
	"strings"
	"testing"
)

// A share's change in points ("民营医院床位数占医院床位数的16.9%,比上年提高
// 1.3个百分点") answers how much the share rose: a change in points is a
// rate's, whatever the label ends in (made-up news).
func TestShareChangeInPoints(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪省社会办医.txt": "云溪省社会办医发展势头良好\n截至2014年年底,云溪省非公医疗机构门诊量占门诊总量的22.5%;民营医院床位数占医院床位数的16.9%,比上年提高1.3个百分点。\n",
	})
	a := ask(t, b, nil, "云溪省民营医院的床位占比，2014年比上年提高了多少？")
	if !strings.Contains(firstLine(a.Text), "1.3个百分点") {
		t.Errorf("want the rise 1.3个百分点:\n%s", a.Text)
	}
}
