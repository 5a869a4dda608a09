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
