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

// Lists of places told apart by what is done in each ("推进南康区、兴国县…
// 妇保院等级评审,推动宁都县、安远县设置二级妇保院"), the count not written:
// the clause of what the question asks (made-up work points).
func TestNamedListClause(t *testing.T) {
	b := botOver(t, map[string]string{
		"赣州市工作要点.txt": "赣州市2023年卫生健康工作要点\n1.提升妇幼健康服务能力。推进南康区、兴国县、章贡区妇保院等级评审,推动宁都县、安远县设置二级妇保院。\n",
	})
	a := ask(t, b, nil, "赣州2023年要推进妇保院等级评审的是哪几个县区？")
	if !strings.Contains(a.Text, "兴国县") || strings.Contains(a.Text, "宁都县") {
		t.Errorf("want the 等级评审 clause alone:\n%s", a.Text)
	}
}
