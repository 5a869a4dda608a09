package bot_test

import (
	"strings"
	"testing"
)

// A year's value in a series table is written as its sentence writes it,
// the approximation inside it where it stands ("4万多家"), not after it
// (made-up news).
func TestSeriesValueAsWritten(t *testing.T) {
	b := botOver(t, map[string]string{
		"fabu.txt":  "国家卫健委介绍十三五卫生健康改革发展情况\n2019年，为居家老人提供医疗服务的机构达到4万多家。\n",
		"fabu2.txt": "国家卫健委通报\n2018年，为居家老人提供医疗服务的机构达到3万多家。\n",
	})
	a := ask(t, b, nil, "这几年全国能给居家老人提供医疗服务的机构有多少家？").Text
	if !strings.Contains(a, "| 2019 |") || !strings.Contains(a, "4万多家") || strings.Contains(a, "4万家多") {
		t.Errorf("want a series with 4万多家 as written:\n%s", a)
	}
}
