package bot_test

import (
	"strings"
	"testing"
)

// Institutions listed and added up ask the whole's figure, not a part's.
func TestPartsAddedUpAskTheWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"床位.txt": "南阳市2024年卫生健康事业发展情况\n全市医疗卫生机构床位数增至7.86万张。其中医院床位5.12万张，乡镇卫生院床位1.93万张。\n",
	})
	if a := ask(t, b, nil, "南阳全市医院卫生院这些加起来现在有多少张床？"); !strings.Contains(firstLine(a.Text), "7.86万张") {
		t.Errorf("want the whole, 7.86万张:\n%s", a.Text)
	}
}
