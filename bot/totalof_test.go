package bot_test

import (
	"strings"
	"testing"
)

// Asked how much a total fell ("诉求总量…少了多少"), a count labelled by the
// noun the total is of (…受理市民来电诉求) answers, with its change in
// percent written right after the amount.
func TestTotalOfNounAndItsRelativeChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"湘阴县2023年1月12345通报.txt": "湘阴县2023年1月12345公众服务热线运行情况通报\n2023年1月12345公众服务热线共受理市民来电诉求1310件,同比减少101件,减幅6.44%。\n",
	})
	a := ask(t, b, nil, "湘阴2023年1月12345的诉求总量，跟去年同期比少了多少？")
	first := strings.SplitN(a.Text, "\n", 3)
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(first[0], "101件") || len(first) < 2 || !strings.Contains(first[1], "6.44%") {
		t.Errorf("want 101件 with 减幅6.44%%: %s", a.Text)
	}
}
