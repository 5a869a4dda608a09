package bot_test

import (
	"strings"
	"testing"
)

// Asked which members of a count are so, the clause naming those members
// answers, not the sentence that names the others too (made-up news).
func TestCountedNamesClause(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪区基层医疗.txt": "云溪区提升基层医疗卫生服务水平\n目前,东坪、西岭、南湖共3个街道社区卫生服务中心达标省级甲等标准,北山、前进、红星、新桥共4个街道社区卫生服务中心达标省级乙等标准。\n",
	})
	a := ask(t, b, nil, "云溪区哪几个社区卫生服务中心评上省级甲等了？")
	if !strings.Contains(a.Text, "南湖") || strings.Contains(a.Text, "北山") {
		t.Errorf("want the 甲等 clause alone:\n%s", a.Text)
	}
	a = ask(t, b, nil, "云溪区哪几个社区卫生服务中心是省级乙等？")
	if !strings.Contains(a.Text, "北山") || strings.Contains(a.Text, "南湖") {
		t.Errorf("want the 乙等 clause alone:\n%s", a.Text)
	}
}
