package bot_test

import (
	"strings"
	"testing"
)

// "具体是怎么…的" wants the sentences that say how, several of one item;
// a short sentence stating a figure is no heading to be quoted with the
// next.

// livelihoodAnnex is a made-up annex of a plan (the figures are invented).
var livelihoodAnnex = map[string]string{
	"某省2025年政府工作报告.txt": "2025年某省政府工作报告\n二、2025年工作安排\n附件1 2025年省十件民生实事\n" +
		"七、推进农村公路建设。改造农村公路超4000公里。新建充电桩超1.2万个。\n" +
		"八、提升县域医疗服务水平和完善居民医保激励机制。聘请200名医疗专家到县级公立医院工作。" +
		"鼓励居民连续参保，对连续参加居民医保满4年的参保人员，之后每连续参保1年，提高大病保险最高支付限额3000元。" +
		"鼓励居民加强健康管理，对当年未发生居民医保基金报销的参保人员，次年提高大病保险最高支付限额3000元。\n",
}

func TestHowQuestionQuotesTheMeans(t *testing.T) {
	b := botOver(t, livelihoodAnnex)
	a := ask(t, b, nil, "某省2025年完善居民医保激励机制，具体是怎么激励的？")
	for _, want := range []string{"连续参加居民医保满4年", "未发生居民医保基金报销"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "充电桩超1.2万个。八、") {
		t.Errorf("a sentence stating a figure was quoted as the heading of the next: %s", a.Text)
	}
}

// The disclosure table at the top of a government page names the report;
// its lines are never quoted as the report's words.
func TestDisclosureTableNotQuoted(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县卫健委2023年工作总结.txt": "索引号: | 11341823MB/202311-00052 | 组配分类: | 规划计划 |\n" +
			"发布机构: | 某县卫生健康委员会 | 主题分类: | 卫生、体育 |\n名称: | 某县卫健委2023年家庭医生签约工作总结 | 文号: | |\n" +
			"2023年，县卫生健康委扎实推进家庭医生签约服务工作。组建家庭医生团队120个，重点人群签约率提升到78%。\n",
	})
	a := ask(t, b, nil, "某县卫健委2023年家庭医生签约工作是怎么做的？")
	if strings.Contains(a.Text, "名称: |") || strings.Contains(a.Text, "发布机构: |") {
		t.Errorf("the disclosure table was quoted: %s", a.Text)
	}
	if !strings.Contains(a.Text, "家庭医生团队") {
		t.Errorf("answer lacks the report's sentence: %s", a.Text)
	}
}

// The list a question names may be announced after an opening sentence of
// its paragraph, and in a sentence with a clause before it; only its items
// on the field asked are the answer (made-up report).
func TestScopedListAfterOpening(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2025年政府工作报告.txt": "2025年某省政府工作报告\n二、2025年工作安排\n（六）保障和改善民生\n" +
			"悠悠万事，民生为大。着眼促进人的现代化，今年再办好10件民生实事。一是新建社区食堂100个。二是为2万名高危人群进行上消化道癌筛查。" +
			"三是改造农村公路2000公里。四是配置自动体外除颤器1000台。五是新增城镇就业岗位5万个。\n",
	})
	a := ask(t, b, nil, "某省2025年的民生实事里，跟卫健有关的有哪几件？")
	for _, want := range []string{"上消化道癌筛查", "自动体外除颤器"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	for _, wrong := range []string{"农村公路", "就业岗位"} {
		if strings.Contains(a.Text, wrong) {
			t.Errorf("answer lists %s, not health work: %s", wrong, a.Text)
		}
	}
}

// "现在是多少" asks where things stand: when the reports hold only a
// target, the answer says so before showing it (made-up report).
func TestLatestAskedOnlyTargetFound(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2026年政府工作报告.txt": "2026年某省政府工作报告\n二、“十五五”时期主要目标\n到2030年，推动人均预期寿命达到80岁。\n",
	})
	a := ask(t, b, nil, "某省现在人均预期寿命是多少岁？")
	if !strings.Contains(a.Text, "只有计划目标") || !strings.Contains(a.Text, "80岁") {
		t.Errorf("answer should say only a target was found, and show it: %s", a.Text)
	}
}

// A question about what one kind of institution does is not answered with
// the duties a text gives another kind (made-up law).
func TestListOfAskedSubjectOnly(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省医疗卫生条例.txt": "某省医疗卫生条例\n第三章 医疗卫生机构\n" +
			"第三十五条 基层医疗卫生机构主要提供预防、保健、健康教育、疾病管理，常见病、多发病的诊疗等基本医疗卫生服务。" +
			"医院主要提供疾病诊治，特别是急危重症和疑难病症的诊疗。" +
			"专业公共卫生机构主要提供传染病、慢性非传染性疾病等疾病预防控制服务。\n",
	})
	a := ask(t, b, nil, "按某省医疗卫生条例，基层医疗卫生机构主要负责哪些服务？")
	if !strings.Contains(a.Text, "常见病、多发病") {
		t.Errorf("answer lacks the asked institution's duties: %s", a.Text)
	}
	for _, wrong := range []string{"急危重症", "疾病预防控制服务"} {
		if strings.Contains(a.Text, wrong) {
			t.Errorf("answer gives another institution's duties (%s): %s", wrong, a.Text)
		}
	}
}
