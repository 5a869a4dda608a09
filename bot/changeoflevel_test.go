package bot_test

import (
	"strings"
	"testing"
)

// A change asked of a count found is answered by the count's change in its
// sentence ("上涨20.10%"), not by the count.
func TestChangeOfTheCountFound(t *testing.T) {
	b := botOver(t, map[string]string{
		"锡林郭勒盟120春节急救保障.txt": "锡林郭勒盟120春节期间院前急救保障有力\n2023年1月21—27日春节七日,锡盟120医疗急救指挥调度中心累计接听电话1440次,较去年同期上涨20.10%,累计派车338次。\n",
	})
	if a := ask(t, b, nil, "锡盟120在2023年春节七天接的电话比去年同期涨了多少？"); !strings.Contains(firstLine(a.Text), "20.10%") {
		t.Errorf("want the change, 20.10%%:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "锡盟120在2023年春节七天接了多少个电话？"); !strings.Contains(firstLine(a.Text), "1440次") {
		t.Errorf("want the count, 1440次:\n%s", a.Text)
	}
}

// Asked how a count changed, the answer gives the change a later sentence
// states of the thing counted by its head ("报告突发公共卫生事件53起。与
// 2018年相比,报告事件数增加47%"), not the level (made-up figures).
func TestChangeOfTheCountedHead(t *testing.T) {
	b := botOver(t, map[string]string{
		"应急办通报.txt": "2019年,某省通过网络直报系统报告突发公共卫生事件53起,累计报告发病数2396例。与2018年相比,报告事件数增加47%,报告发病数上升1.39倍。\n",
	})
	a := ask(t, b, nil, "某省2019年报的突发公共卫生事件，数量比前一年多了多少？")
	if !strings.Contains(a.Text, "47%") {
		t.Errorf("answer %q lacks the change 47%%", a.Text)
	}
}
