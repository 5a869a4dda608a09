package bot_test

import (
	"strings"
	"testing"
)

// "总体情况怎么样" and "主要做了哪些工作" are answered with the report's
// own summing up and the headings of its year's work, not with sentences
// near the words 总体 or 工作, and not with next year's plan (made-up
// report).
func TestOverviewOfTheYear(t *testing.T) {
	b := botOver(t, map[string]string{
		"醴陵市卫健委2023年工作总结.txt": "醴陵市卫生健康局2023年工作总结和2024年工作计划\n" +
			"2023年，市卫生健康局坚持以人民健康为中心，扎实推进各项工作，全年目标任务全面完成。\n" +
			"一、2023年工作总结\n（一）加强党的建设\n开展主题教育，整顿行风作风。\n" +
			"（二）推进紧密型医共体建设\n组建医共体3个，基层就诊率达到65%。\n" +
			"（三）强化疾病预防控制\n全年接种疫苗12万剂次，传染病报告率100%。\n" +
			"二、2024年工作计划\n（一）建设区域医疗中心\n力争年内开工。\n（二）完善急救体系\n新建急救站5个。\n",
	})
	for _, q := range []string{"醴陵市卫健局2023年工作总体情况怎么样？", "醴陵2023年卫生健康主要做了哪些工作？"} {
		a := ask(t, b, nil, q)
		for _, want := range []string{"全年目标任务全面完成", "加强党的建设", "推进紧密型医共体建设", "强化疾病预防控制"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%s: overview lacks %q: %s", q, want, a.Text)
			}
		}
		if strings.Contains(a.Text, "区域医疗中心") || strings.Contains(a.Text, "急救") {
			t.Errorf("%s: next year's plan in an overview of the year: %s", q, a.Text)
		}
	}
}

// A report delivered as a speech opens with formalities ("我代表…向大会报告
// 工作，请予审议"): its summing up is the review part's own opening.
func TestOverviewOfASpeech(t *testing.T) {
	b := botOver(t, map[string]string{
		"醴陵市2025年政府工作报告.txt": "2025年醴陵市政府工作报告\n——2025年1月10日在醴陵市第十八届人民代表大会第五次会议上\n各位代表：\n" +
			"现在，我代表市人民政府向大会报告工作，请予审议。\n" +
			"一、2024年工作回顾\n刚刚过去的2024年，全市上下攻坚克难，全年经济社会发展目标任务总体完成。\n" +
			"一是经济运行持续向好。地区生产总值增长5%。\n二是民生保障扎实有力。新增就业5000人。\n" +
			"二、2025年工作安排\n一是扩大有效投资。\n",
	})
	a := ask(t, b, nil, "醴陵2024年主要做了哪些工作？")
	for _, want := range []string{"目标任务总体完成", "经济运行持续向好", "民生保障扎实有力"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("overview lacks %q: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "请予审议") || strings.Contains(a.Text, "扩大有效投资") {
		t.Errorf("formalities or next year's plan in the overview: %s", a.Text)
	}
}

// A page saved with its date and disclosure fields above the text
// ("索 引 号 …", keys spaced out and no colons) has no opening to quote:
// those lines are no summing up (made-up report).
func TestOverviewOpeningIsProse(t *testing.T) {
	b := botOver(t, map[string]string{
		"xinzhou.txt": "智能问答 繁体 长者专区\n\n醴陵市卫生健康局2023年工作总结\n\n2024-01-11 15:10 醴陵市人民政府\n索 引 号 574913941/2024-02062 分  类 其他\n\n" +
			"一、年度工作亮点\n1.荣获全民营养周组织示范单位;\n2.获评省级慢性病综合防控示范区;\n3.区人民医院整体外迁项目建设如期推进。\n" +
			"二、年度工作完成情况\n（一）党的建设\n" + strings.Repeat("坚持党组织中心组学习制度，集中学习11次，开展主题党日活动9次，编印简报13期。", 8) + "\n" +
			"（二）疾病预防控制\n" + strings.Repeat("加强传染病监测预警，做好重点人群健康调查，严格落实养老机构疫情防控要求。", 8) + "\n",
	})
	a := ask(t, b, nil, "醴陵卫健局2023年有啥拿得出手的亮点？")
	if strings.Contains(a.Text, "索") || strings.Contains(a.Text, "15:10") || strings.Contains(a.Text, "长者专区") {
		t.Errorf("page furniture quoted as the report's opening or title:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "年度工作亮点") {
		t.Errorf("the year's highlights missing:\n%s", a.Text)
	}
}

// News of a work conference with no headings: asked what the year's
// results were, the paragraph reviewing that year answers (made-up news).
func TestOverviewOfConferenceNews(t *testing.T) {
	b := botOver(t, map[string]string{
		"huiyi.txt": "【第一发布】2020年全市卫生健康工作会议召开\n今日下午,2020年韶关市卫生健康工作会议在市政府召开,总结部署全市卫生健康重点工作。\n" +
			"据悉,2019年是全市卫生健康事业大发展的一年,重点项目稳步推进。全市卫生健康系统按照市委、市政府部署全力推进各项工作。高水平医院建设取得突破,基层医疗服务能力建设成果显著。我市在全省率先建成疫苗存储设备冷链温控系统,巩卫工作高分通过国家卫生城市复审检查。\n" +
			"2020年,全市卫生健康工作的总体目标是深入实施健康中国战略。\n",
	})
	a := ask(t, b, nil, "韶关2019年卫健这块有哪些拿得出手的成绩？")
	for _, want := range []string{"冷链温控系统", "国家卫生城市复审"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("result %q missing:\n%s", want, a.Text)
		}
	}
}
