package bot_test

import (
	"strings"
	"testing"
)

// A question asking an indicator of people in no unit ("还活着的艾滋病
// 感染者和病人一共多少") is not answered by a count of institutions that
// shares its disease's name (120个艾滋病监测哨点).
func TestIndicatorOfPeopleNotAnsweredByInstitutions(t *testing.T) {
	t.Parallel()
	b := botOver(t, map[string]string{
		"gd.txt": "广东省艾滋病疫情通报（2020年）\n截至2020年10月底，广东建有120个艾滋病监测哨点及2379个艾滋病检测实验室，抗病毒治疗覆盖率达到81.3%。\n截至2020年10月底，广东累计报告现住址在该省的存活艾滋病病毒感染者和艾滋病病人71235例。\n",
	})
	a := ask(t, b, nil, "广东2020年登记在册还活着的艾滋病感染者和病人一共多少？")
	head, _, _ := strings.Cut(a.Text, "\n")
	if !strings.Contains(head, "71235") {
		t.Errorf("want the 71235 living cases first: %s", a.Text)
	}
}

// The level a change reached is quoted without where it started, also
// after an adverb and an approximation ("从2015年的3000余个已增加到约4.2
// 万个"): asked of now, the start is no answer.
func TestLevelReachedQuotedWithoutItsStart(t *testing.T) {
	t.Parallel()
	b := botOver(t, map[string]string{
		"zyg.txt": "全国中医馆数量增至约4.2万个\n国家中医药管理局举行新闻发布会，数据显示，全国中医馆数量从2015年的3000余个已增加到约4.2万个，在社区卫生服务中心基本实现了全覆盖。\n",
	})
	a := ask(t, b, nil, "全国中医馆现在有多少个了？")
	if !strings.Contains(a.Text, "4.2万个") || strings.Contains(a.Text, "3000余个") {
		t.Errorf("want 4.2万个 and not the start 3000余个: %s", a.Text)
	}
}
