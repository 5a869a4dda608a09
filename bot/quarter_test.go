package bot_test

import (
	"strings"
	"testing"
)

// A quarter asked that the reports do not give is not found, though
// another quarter's figure of the same measure is; the quarter given
// answers (made-up report).
func TestQuarterAskedNotAnotherQuarter(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市2023年第二季度医疗服务情况.txt": "云溪市2023年第二季度医疗服务情况\n2023年第二季度,全市医疗卫生机构总诊疗544.34万人次,同比增加0.31%。\n",
	})
	a := ask(t, b, nil, "云溪市2023年三季度全市总诊疗有多少万人次？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || strings.Contains(a.Text, "544.34") {
		t.Errorf("want the third quarter not found:\n%s", a.Text)
	}
	a = ask(t, b, nil, "云溪市2023年二季度全市总诊疗有多少万人次？")
	if !strings.Contains(firstLine(a.Text), "544.34") {
		t.Errorf("want the second quarter's 544.34万人次:\n%s", a.Text)
	}
}
