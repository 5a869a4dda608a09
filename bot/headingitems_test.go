package bot

import (
	"slices"
	"strings"
	"testing"
)

func TestItemsUnderHeading(t *testing.T) {
	text := "一、指导思想\n深入推进健康城市建设。\n二、主要目标\n1. 建立工作机制和网络。\n2. 建立并实施公共政策健康审查制度。\n三、工作内容\n（一）开展体系建设\n1. 成立健康促进委员会。\n四、保障措施\n1. 加强组织领导。各级党委要将健康作为重要目标。\n2. 加强能力建设。开展培训。\n3. 加强监测评价。定期评估。"
	tests := []struct {
		topic string
		want  []string
	}{
		{"推进健康融入所有政策 保障措施", []string{"1. 加强组织领导。", "2. 加强能力建设。", "3. 加强监测评价。"}},
		{"实施方案的主要目标", []string{"1. 建立工作机制和网络。", "2. 建立并实施公共政策健康审查制度。"}},
		{"指导思想", []string{"深入推进健康城市建设。"}},
	}
	for _, tt := range tests {
		got, ok := itemsUnderHeading(text, namer(tt.topic))
		if !ok || !slices.Equal(got, tt.want) {
			t.Errorf("itemsUnderHeading(%q) = %q %v, want %q", tt.topic, got, ok, tt.want)
		}
	}
	if got, ok := itemsUnderHeading(text, namer("家庭医生签约率")); ok {
		t.Errorf("a topic no heading names found %q", got)
	}
}

func TestRunInItem(t *testing.T) {
	text := "(二)坚持优质普惠。一是全面改进老年健康服务。探索“站室联建”，建成项目点26个。全县医疗机构创建“老年友善医疗机构”。二是加强妇幼健康。新建儿童保健门诊3个。\n三是强化控烟。开展“青春无烟”活动。"
	got, ok := itemsUnderHeading(text, namer("老年健康服务"))
	want := []string{"一是全面改进老年健康服务。", "探索“站室联建”，建成项目点26个。", "全县医疗机构创建“老年友善医疗机构”。"}
	if !ok || !slices.Equal(got, want) {
		t.Errorf("run-in item = %q %v, want %q", got, ok, want)
	}
	if got, _ := itemsUnderHeading(text, namer("怎么强化控烟")); !slices.Contains(got, "开展“青春无烟”活动。") {
		t.Errorf("an item opening a line: %q", got)
	}
}

// A paragraph whose lead names the topic before its run-in items answers
// with all of them, not the first item that names it.
func TestRunInItemsUnderATopicLead(t *testing.T) {
	text := "高度重视政府信息公开工作,不断完善政务公开各项制度。一是及时发布政务公开信息。加强政策解读宣传,妥善处置市长公开电话诉求件办理。二是充分利用媒体,广泛地发布卫生健康信息。微信平台共推文1570篇。\n(二)其他工作。一是完善制度。"
	got, ok := itemsUnderHeading(text, namer("政务公开"))
	want := []string{"一是及时发布政务公开信息。", "加强政策解读宣传,妥善处置市长公开电话诉求件办理。", "二是充分利用媒体,广泛地发布卫生健康信息。", "微信平台共推文1570篇。"}
	if !ok || !slices.Equal(got, want) {
		t.Errorf("items = %q %v, want %q", got, ok, want)
	}
}

func TestLeadParagraph(t *testing.T) {
	text := "民生事业取得新进展。投入民生资金1300多亿元。\n医疗服务不断改善。加强基本能力建设，“五大中心”实现县域全覆盖。获批全国医保影像云试点。\n"
	got, ok := itemsUnderHeading(text, namer("改善医疗服务"))
	if !ok || len(got) != 3 || got[2] != "获批全国医保影像云试点。" {
		t.Errorf("lead paragraph = %q %v", got, ok)
	}
	// Inside a paragraph of several topics, a short sentence of the lead's
	// own field is an item; one of another field starts the next topic.
	text = "兜牢基本民生底线。落实社会救助。加快建设健康江苏。创建国家医学中心。持续实施中医药振兴发展工程。建强心理援助热线体系，加强心理健康服务。繁荣发展文化事业。建设博物馆。"
	got, ok = itemsUnderHeading(text, namer("建设健康江苏"))
	want := []string{"加快建设健康江苏。", "创建国家医学中心。", "持续实施中医药振兴发展工程。", "建强心理援助热线体系，加强心理健康服务。"}
	if !ok || !slices.Equal(got, want) {
		t.Errorf("lead inside a paragraph = %q %v, want %q", got, ok, want)
	}
}

// namer names headings by a topic's words.
func namer(topic string) func(string) bool {
	t := bigrams(topic)
	return func(heading string) bool { return headingNames(t, heading) }
}

func TestVerbEnumeration(t *testing.T) {
	sources := []Source{{N: 1, Text: "以九大行动为主线，加快推动健康服务体系全域均衡、优质服务全程贯通、数字化改革全链赋能，确保开好局。"}}
	it, ok := enumeration("今年卫生健康现代化建设要加快推动哪几个方面？", sources)
	if want := "加快推动健康服务体系全域均衡、优质服务全程贯通、数字化改革全链赋能"; !ok || it.text != want {
		t.Errorf("enumeration = %q %v, want %q", it.text, ok, want)
	}
	if it, ok := enumeration("今年要加快建设哪几个中心？", sources); ok {
		t.Errorf("a verb the text does not use found %q", it.text)
	}
	// Asked what it 涉及, the list of what it 涵盖.
	sources = []Source{{N: 1, Text: "全年公开了涵盖生活饮用水卫生监测、双随机检查结果、行政处罚公示、中医医术考核公示等领域的32条信息。"}}
	if it, ok := enumeration("去年公开的那些信息都涉及哪些方面？", sources); !ok || !strings.Contains(it.text, "中医医术考核公示") {
		t.Errorf("enumeration = %q %v, want the list the text writes with 涵盖", it.text, ok)
	}
}

func TestListUnderASituationHeading(t *testing.T) {
	// "情况" and "工作" end a heading without saying what it is about:
	// "主动公开情况" names 主动公开.
	q := "葫芦岛市卫健委去年主动公开这块具体是怎么做的？"
	text := "一、总体情况\n2023年，政府信息公开工作以条例为遵循。\n（一）主动公开情况\n市卫生健康委依照条例推进政府信息公开工作。一是坚持应公开尽公开原则。二是做好权责清单公开。\n（二）依申请公开情况\n受理2件。"
	src := []Source{{N: 1, Section: "一、总体情况", Title: "葫芦岛市卫生健康委员会2023年政府信息公开工作年度报告", Text: text}}
	got := listExtract(q, "主动公开", src, src).Text
	if !strings.Contains(got, "1. “市卫生健康委依照条例推进政府信息公开工作。”") || !strings.Contains(got, "3. “二是做好权责清单公开。”") || strings.Contains(got, "受理2件") {
		t.Errorf("want the three sentences under （一）主动公开情况: %s", got)
	}
}

func TestIntroducedItems(t *testing.T) {
	sources := []Source{{N: 2, Text: "坚持以人民为中心。主要遵循以下原则：\n——健康优先。把健康摆在优先发展的战略地位。\n——改革创新。坚持政府主导。\n——公平公正。以农村和基层为重点。\n（二）战略主题\n共建共享。"}}
	items, ok := introducedItems("规划纲要里定的那几条原则是啥？", sources)
	var got []string
	for _, it := range items {
		got = append(got, it.text)
	}
	want := []string{"——健康优先。", "——改革创新。", "——公平公正。"}
	if !ok || !slices.Equal(got, want) {
		t.Errorf("introduced items = %q %v, want %q", got, ok, want)
	}
	if _, ok := introducedItems("有哪些保障措施？", sources); ok {
		t.Errorf("a list announced as 原则 answered a question about 保障措施")
	}
	// Announced with its number ("以下三项任务："), asked by its kind.
	tasks := []Source{{N: 1, Text: "会议要求,重点抓好以下三项任务:一是大力实施人均预期寿命提升行动。\n二是着力深化医药卫生体制改革。\n三是集中力量抓好医疗卫生强基工程。"}}
	if items, ok := introducedItems("今年卫健重点任务都有啥？说几项", tasks); !ok || len(items) != 3 {
		t.Errorf("a list announced with its number: %v %+v", ok, items)
	}
	// Announced by its counter ("以下几方面工作"), asked by it ("哪几方面").
	meeting := []Source{{N: 1, Text: "会议要求,下半年要重点抓好以下几方面工作:一是进一步优化资源布局;二是进一步加强服务质量;三是进一步强化监管力度。全区要着力解放思想。"}}
	got = nil
	items, ok = introducedItems("下半年要重点抓哪几方面？", meeting)
	for _, it := range items {
		got = append(got, it.text)
	}
	if want := []string{"一是进一步优化资源布局;", "二是进一步加强服务质量;", "三是进一步强化监管力度。"}; !ok || !slices.Equal(got, want) {
		t.Errorf("introduced items = %q %v, want %q", got, ok, want)
	}
	// Asked by the counter staff say for it ("哪几块" for 几方面).
	if items, ok := introducedItems("下半年要重点抓哪几块？", meeting); !ok || len(items) != 3 {
		t.Errorf("哪几块: %+v %v", items, ok)
	}
	if _, ok := introducedItems("下半年有哪些措施？", meeting); ok {
		t.Errorf("a list of 方面 answered a question naming neither 方面 nor 工作")
	}
	// Announced by its number ("十个方面的工作。"), asked by it; what the
	// question sets aside ("除了疫情防控") left out.
	ten := []Source{{N: 1, Text: "会议强调,2022年要重点做好三个方面的工作。一是平战结合,抓好疫情防控工作。二是提质扩能,推动全民健康水平提升行动。三是预防为主,推动医防融合发展。会议要求坚持以人民为中心。"}}
	if items, ok := introducedItems("某县今年卫健工作要重点抓的是哪几个方面？", ten); !ok || len(items) != 3 || !strings.HasPrefix(items[0].text, "一是") {
		t.Errorf("announced by its number, asked by its counter: %+v %v", items, ok)
	}
	if _, ok := introducedItems("某县今年一共部署了几个方面的重点工作？", ten); ok {
		t.Errorf("a question of how many aspects answered by the items")
	}
	items, ok = introducedItems("那三个方面的重点工作，除了疫情防控还有哪些？", ten)
	items = withoutExcluded("那三个方面的重点工作，除了疫情防控还有哪些？", items)
	if !ok || len(items) != 2 || !strings.HasPrefix(items[0].text, "二是") {
		t.Errorf("counted announcement: %+v %v", items, ok)
	}
}

func TestExtractKeepsThePointsLastClause(t *testing.T) {
	sources := []Source{{N: 1, Text: "强化医疗保障，推进省级统筹。强化生育保障，实施新生儿医保免缴政策，实行分娩费用个人“零自付”；统筹发展普惠托育服务，培育100个托育托管服务点。"}}
	got := extracts("今年在生育保障上打算怎么做？", "生育保障", sources, 3).Text
	if !strings.Contains(got, "“零自付”；统筹发展普惠托育服务，培育100个托育托管服务点。”") {
		t.Errorf("the point's last clause, after its semicolon, is part of the quote: %s", got)
	}
}

// A heading with its text run in ("（一）扎实开展主题教育。注重…") has that
// text under it.
func TestItemsUnderRunInHeading(t *testing.T) {
	text := "一、注重党建引领\n（一）扎实开展主题教育。开展中心组学习。着力破解“八需八难”问题。\n1.对照党章党规找差距。\n（二）加强基层党建。"
	got, ok := itemsUnderHeading(text, func(h string) bool { return strings.Contains(h, "主题教育") })
	if !ok || !slices.Contains(got, "着力破解“八需八难”问题。") || slices.Contains(got, "（二）加强基层党建。") {
		t.Errorf("itemsUnderHeading = %q, %v", got, ok)
	}
}

// Of two headings naming the topic's distinctive words, the one sharing
// most of its words, common ones included, holds the answer: 政府信息管理
// is （三）政府信息管理情况, not （一）政府信息主动公开情况.
func TestBestNamedHeading(t *testing.T) {
	text := "一、总体情况\n(一)政府信息主动公开情况\n新形成的主动公开信息向社会公开。我局发布各类信息共98条。\n(二)政府信息依申请公开情况\n本年共收到依申请公开2件。\n(三)政府信息管理情况\n开展个人敏感信息泄露问题自查整改。及时废止不一致的文件。\n(四)政府信息公开平台建设情况\n积极推进。"
	src := []Source{{N: 1, Section: "一、总体情况", Title: "2024年政府信息公开工作年度报告", Text: text}}
	got := listExtract("去年在政府信息管理上具体做了些啥？", "政府信息管理", src, src).Text
	if !strings.Contains(got, "敏感信息泄露") || strings.Contains(got, "98条") {
		t.Errorf("want the items under （三）政府信息管理情况: %s", got)
	}
}

// Asked which things, a report whose best passage lists them run in ("一是
// 要…。二是要…。三是要…") answers with that list when nothing names them.
func TestRunInListOfTopSource(t *testing.T) {
	src := []Source{{N: 1, Title: "宣城市2025年卫生健康工作会议召开", Text: "会议要求,2025年全市卫健系统要坚持以人民为中心。一是要坚定不移深化综合医改工作。二是要坚定不移提升医疗服务能力。三是要坚定不移筑牢公共卫生防线。四是要坚定不移推动中医药传承创新发展。"}}
	got := listExtract("宣城今年卫健工作会上，重点要抓哪几块？", "卫健工作", src, src).Text
	if !strings.Contains(got, "深化综合医改") || !strings.Contains(got, "中医药传承创新") {
		t.Errorf("want the four items: %s", got)
	}
}

// A how question naming the report's institution by its short name
// ("疾控" of 疾病预防控制中心) is answered by the items under the heading
// its other words name, though the title also holds some of those words'
// characters (防控 inside 预防控制).
func TestHowUnderHeadingBesideInstitution(t *testing.T) {
	src := []Source{{N: 1, Title: "云溪州疾病预防控制中心2022年工作总结及2023年工作要点", Section: "二、业务工作", Text: "二、业务工作\n(一)新冠疫情防控。一是跟踪关注国际国内疫情动态,开展形势分析和风险研判35期。二是每日开展风险人员流调复盘行动,对4361名风险人员进行流调复盘。三是果断开展疫情应急处置。\n(二)免疫规划。全年接种疫苗10万剂次。"}}
	items, ok := headedItems("云溪州疾控去年新冠防控具体是怎么搞的？", "疾控 新冠防控", src)
	if !ok || len(items) < 2 || !strings.Contains(items[0].text, "风险研判") || !strings.Contains(items[1].text, "流调复盘") {
		t.Errorf("want the run-in items under 新冠疫情防控: %v %+v", ok, items)
	}
}
