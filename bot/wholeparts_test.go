package bot_test

import (
	"strings"
	"testing"
)

// Asked for the total, the whole is the answer even when its parts are
// counted in a shorter counter of the same things ("76277剂次, 其中第一剂次
// 38517剂") (made-up report).
func TestTotalOverPartsInAnotherCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"接种.txt": "青川县新冠疫苗接种工作进展\n截至2021年6月29日,青川县累计接种新冠病毒疫苗81250剂次,其中第一剂次接种41230剂,第二剂次接种40020剂,在全市率先完成上半年接种任务。\n",
	})
	a := ask(t, b, nil, "青川县2021年截至6月底新冠疫苗一共打了多少针？")
	if !strings.Contains(a.Text, "81250剂次") || strings.Contains(a.Text, "为41230剂") {
		t.Errorf("want the total 81250剂次, not the first doses:\n%s", a.Text)
	}
}
