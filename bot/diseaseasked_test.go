package bot_test

import (
	"strings"
	"testing"
)

// A disease the question names ("手足口病") is not answered by another
// disease's or a class's count ("乙类传染病报告发病742例"); a count whose
// sentence names no disease at all may still be the one asked.
func TestDiseaseAskedNamedNowhere(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "千阳县卫生健康局2023年工作总结\n一、疾病防控\n全年乙类传染病报告发病742例，较上年下降5%。\n",
	})
	a := ask(t, b, nil, "千阳县2023年手足口病报了多少例？")
	if strings.Contains(a.Text, "742") {
		t.Errorf("another class's count given for 手足口病:\n%s", a.Text)
	}
	a = ask(t, b, nil, "千阳县2023年乙类传染病报了多少例？")
	if !strings.Contains(firstLine(a.Text), "742例") {
		t.Errorf("want 742例:\n%s", a.Text)
	}
}

// The causes a count is broken down by, asked which rank first ("出警的原因
// 里占比靠前的是哪几类"), are the items listed under their heading, not a
// reason given for something.
func TestCausesListedUnderTheirHeading(t *testing.T) {
	b := botOver(t, map[string]string{"120.txt": "某市120警情播报2022年2月\n接警出车情况:\n\n1、日平均接警电话:504(个)\n\n2、日平均出车数量:117.4(次)\n\n出警原因分类及占比:\n\n1、心脑血管疾病占23.6%\n\n2、交通伤占22.8%\n\n3、消化系统疾病占7.5%\n\n4、呼吸系统疾病占6.7%\n\n急救中心温馨提示:\n\n当前多地散发疫情,大家仍要持续做好常态化防控工作。\n"})
	a := ask(t, b, nil, "某市2022年2月120出警的原因里占比靠前的是哪几类？")
	for _, want := range []string{"心脑血管疾病", "交通伤", "消化系统疾病"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s:\n%s", want, a.Text)
		}
	}
}

// Asked a count and how far the task was done, the answer quotes the rate
// given right after the count ("1300人,筛查率100%").
func TestCountWithItsCompletionRate(t *testing.T) {
	b := botOver(t, map[string]string{"两癌.txt": "某区2024年两癌筛查工作总结\n2024年我区全年共完成宫颈癌筛查1300人,筛查率100%;乳腺癌筛查1300人,筛查率100%,圆满完成目标任务。\n"})
	a := ask(t, b, nil, "某区2024年查宫颈癌的做了多少人，任务完成得怎么样？")
	if !strings.Contains(a.Text, "1300人") || !strings.Contains(a.Text, "100%") {
		t.Errorf("want the count and its rate:\n%s", a.Text)
	}
}

// People asked are no count of rounds of work, whatever words they share
// ("经过4轮防治艾滋病人民战争").
func TestPeopleAskedAreNoRounds(t *testing.T) {
	b := botOver(t, map[string]string{"艾滋病.txt": "龙陵县2020年HIV/AIDS流行病学分析\n龙陵县1990年首次在吸毒人群发现艾滋病感染者以来,艾滋病疫情在不断扩散。经过4轮防治艾滋病人民战争及艾滋病防治全面实施,我县HIV/AIDS疫情稳中有降。\n结果2020年新报告龙陵县现住址HIV/AIDS 88例,其中HIV占62.50%。\n"})
	a := ask(t, b, nil, "龙陵2020年艾滋病死亡了多少人？")
	if strings.Contains(a.Text, "4轮（") || strings.Contains(firstLine(a.Text), "4轮") {
		t.Errorf("a count of rounds given for people:\n%s", a.Text)
	}
}
