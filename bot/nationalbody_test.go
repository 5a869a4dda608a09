package bot_test

import (
	"strings"
	"testing"
)

// A question naming a national body ("国家卫健委") asks of the country, and
// its lay words ("写信申请") find the share whose label holds one official
// term (信函) and whose heading the other (依申请公开), made-up report.
func TestNationalBodyAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"guojia.txt": "国家卫生健康委2024年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开工作情况\n2024年,共收到政府信息公开申请1046件。其中,通过信函提交申请的161件,占比15.4%;通过网络提交申请的870件,占比83.2%。\n",
		"yuhang.txt": "杭州市余杭区卫生健康局2024年政府信息公开工作年度报告\n一、总体情况\n2024年,累计公开信息230余篇。\n",
	})
	a := ask(t, b, nil, "国家卫健委2024年写信申请公开信息的占多大比例？")
	if first := firstLine(a.Text); !strings.Contains(first, "15.4%") {
		t.Errorf("want the share of requests by letter, 15.4%%:\n%s", a.Text)
	}
}
