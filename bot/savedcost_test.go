package bot_test

import (
	"strings"
	"testing"
)

// "能省多少钱" asks what a report calls 节约费用, not the prices beside it
// (made-up news).
func TestLayWordsForSavedCost(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪省冠脉支架集采.txt": "云溪省:冠脉支架从均价1.3万元左右降至700元左右\n我省于2020年5月组织全省68家公立医疗机构实施了心脏冠脉支架集中带量采购,平均降幅52.98%,预计1年可节约费用超过2亿元。\n",
	})
	a := ask(t, b, nil, "云溪省2020年那次冠脉支架集采，预计一年能省多少钱？")
	if !strings.Contains(firstLine(a.Text), "2亿元") {
		t.Errorf("want the 2亿元 saved:\n%s", a.Text)
	}
}
