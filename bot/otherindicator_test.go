package bot_test

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
)

// A figure of another indicator of the catalogue written beside the one
// asked ("新生儿死亡率" beside "婴儿死亡率") is not listed with it.
func TestNeighbouringIndicatorNotListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2022年卫生健康工作总结.txt": "某区卫生健康局2022年工作总结\n一、主要工作\n" +
			"全区孕产妇死亡率为0，新生儿、婴儿和5岁以下儿童死亡率分别为0.81‰、1.47‰、2.06‰。\n",
	})
	a := ask(t, b, nil, "某区2022年婴儿死亡率是多少？")
	if !strings.Contains(a.Text, "1.47‰") {
		t.Fatalf("answer lacks 1.47‰: %s", a.Text)
	}
	for _, other := range []string{"0.81‰", "2.06‰"} {
		if strings.Contains(a.Text, other) {
			t.Errorf("answer lists %s, another indicator's figure: %s", other, a.Text)
		}
	}
}

// Two measures of one head with different modifiers ("不予公开文件",
// "依申请公开文件") are not one measure.
func TestOtherModifierNotListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"思明区2022年政府信息公开年报.txt": "思明区卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n（一）积极推进政府信息主动公开。" +
			"2022年制作、获取的政府信息58条,主动公开政府信息14条,依申请公开文件9条、不予公开文件27条。\n",
	})
	a := ask(t, b, nil, "思明卫健局2022年不予公开的文件有多少？")
	if !strings.Contains(a.Text, "27条") || strings.Contains(a.Text, "9条") {
		t.Errorf("want 27条 and not 9条: %s", a.Text)
	}
}

func TestModifiedApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"不予公开文件", "依申请公开文件", true},
		{"户籍孕产妇死亡率", "全人口孕产妇死亡率", true},
		{"家庭医生签约率", "家庭医生总签约率", false},
		{"全区婴儿死亡率", "婴儿死亡率", false},
		{"每千常住人口医疗卫生机构床位数", "每千人口医疗卫生机构床位数", false},
	} {
		if got := bot.ModifiedApart(c.a, c.b); got != c.want {
			t.Errorf("ModifiedApart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestMeasuredApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"公立医院诊疗", "公立医院出院", true},
		{"医疗卫生机构床位数", "医疗卫生机构实有床位数", false},
		{"门诊人次", "门诊量", false},
		{"卫生技术人员", "卫生技术人员数", false},
	} {
		if got := bot.MeasuredApart(c.a, c.b); got != c.want {
			t.Errorf("MeasuredApart(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// Another indicator of the catalogue (户籍人口 for 常住人口) is never the
// answer, though its label shares the town the question names: a town
// says where, not what; nor is a town the gazetteer does not hold a kind
// of the measure ("探沂镇常住人口" asks no 沂镇 population).
func TestTownSharedIsNoCloserMeasure(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县探沂中心卫生院服务范围.txt": "探沂中心卫生院服务区域范围、人群基本情况\n发布机构：某县卫健局 发布日期：2024-05-10\n人群基本情况：\n" +
			"探沂镇户籍人口为108704人,常住人口61665人。现有1处中心卫生院,下设38处村卫生室。\n\n" +
			"探沂中心卫生院为辖区人口56900人建立居民健康档案,建档率91.46%。\n",
	})
	a := ask(t, b, nil, "探沂镇常住人口到底有多少？")
	if !strings.Contains(a.Text, "61665人") || strings.Contains(a.Text, "108704人") || strings.Contains(a.Text, "56900人") || strings.Contains(a.Text, "没有找到") {
		t.Errorf("want 常住人口 61665人 alone: %s", a.Text)
	}
}

// A ratio to the population ("每千人口病床数") is no answer to a count
// asked ("病床一共有多少张"); the whole (医疗卫生机构床位数) is given for a
// part no report gives (医院床位数), said to be no answer; a question
// asking the ratio gets it.
func TestPerPopulationRatioNotACount(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市十四五评估.txt": "某市卫生健康事业十四五发展成效\n发布日期：2025-06-01\n截至2024年底，全市拥有医疗卫生机构床位数7.86万张，每千人口病床数8.32张，较2020年增加1.76张。\n",
	})
	a := ask(t, b, nil, "某市现在医院病床一共有多少张？")
	if !strings.Contains(a.Text, "7.86万张") || strings.Contains(a.Text, "8.32张") {
		t.Errorf("want the beds, not the beds per thousand: %s", a.Text)
	}
	a = ask(t, b, nil, "某市每千人口有几张病床？")
	if !strings.Contains(a.Text, "8.32张") {
		t.Errorf("want the beds per thousand: %s", a.Text)
	}
}
