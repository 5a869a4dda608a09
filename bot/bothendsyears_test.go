package bot_test

import (
	"strings"
	"testing"
)

// Asked from how much to how much between two years, the answer gives
// those two ends, not the years between that another report's series
// goes through.
func TestBothEndsAskedKeepTheirYears(t *testing.T) {
	b := botOver(t, map[string]string{
		"新疆妇女儿童工作会议.txt": "新疆妇女儿童工作会议召开\n2017年3月,新疆孕产妇死亡率由2010年的43.41/10万下降到2016年的33.14/10万。\n",
		"新疆两规划发布会.txt":   "新疆两规划新闻发布会\n2022年1月,新疆孕产妇死亡率由2011年的39.45/10万下降到2020年的7.89/10万。\n",
	})
	a := ask(t, b, nil, "新疆孕产妇死亡率从2010年到2016年是从多少降到多少？")
	if !strings.Contains(a.Text, "43.41") || !strings.Contains(a.Text, "33.14") || strings.Contains(a.Text, "39.45") {
		t.Errorf("want the two ends asked only: %s", a.Text)
	}
}
