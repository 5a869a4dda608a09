package corpus

import (
	"strconv"
	"strings"
	"testing"
)

// figureYears lists a report's figures as label=value+unit@since-year/kind.
func figureYears(rep Report) []string {
	var got []string
	for _, f := range rep.Figures {
		y := strconv.Itoa(f.Year)
		if f.Since > 0 {
			y = strconv.Itoa(f.Since) + "-" + y
		}
		got = append(got, f.Label+"="+f.Raw+f.Unit+"@"+y+"/"+string(f.Kind))
	}
	return got
}

// hasFigures reports, as test errors, the figures (as figureYears writes
// them) missing from got, the figures of a report joined by spaces.
func hasFigures(t *testing.T, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(" "+got+" ", " "+w+" ") {
			t.Errorf("missing %s in\n%s", w, got)
		}
	}
}

// A 2011 text setting the targets of the next plan and reviewing the last:
// the clauses after "到2015年，…；" are 2015's targets; a change written
// after its start and end years runs between them; levels and starts of a
// paragraph reviewing "十一五" are the period's end and the year before it.
func TestYearsOfTargetsAndPastPeriods(t *testing.T) {
	text := "市卫生局2011年工作会议报道\n" +
		"会议提出“十二五”卫生发展目标：到2015年，基本医疗卫生制度初步建立；人均预期寿命达到76.5岁，婴儿死亡率降至9‰。\n" +
		"“十一五”期间，全市健康指标明显改善。孕产妇死亡率从2005年的40.2/10万下降到2009年的28.1/10万，下降了30.1%；新农合参合率从62%提高到95%以上。\n"
	rep := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	got := strings.Join(figureYears(rep), " ")
	hasFigures(t, got,
		"人均预期寿命=76.5岁@2015/plan", "婴儿死亡率=9‰@2015/plan",
		"孕产妇死亡率=40.2/10万@2005/summary", "孕产妇死亡率=28.1/10万@2009/summary",
		"孕产妇死亡率=30.1%@2005-2009/summary",
		"新农合参合率=62%@2005/summary", "新农合参合率=95%@2010/summary",
	)
}

// In a text written during a five-year plan, what the period "将" bring
// about is its goal for the plan's last year; what it "已" built is the
// total so far.
func TestRunningPeriodGoalsAndTotalsSoFar(t *testing.T) {
	text := "卫生健康这十年新闻发布会\n2022年6月23日\n" +
		"“十四五”期间，全区卫生健康领域将重点抓好九大任务，人均预期寿命提高到79.06岁。\n" +
		"“十四五”期间，全区已建成区域医疗中心12个。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "人均预期寿命=79.06岁@2025/plan", "建成区域医疗中心=12个@2021-2022/summary")
}

// In a review of a whole year, what follows "下一步，" in a paragraph is the
// next year's goal; in a half-year's review it is the same year's.
func TestNextStepGoalsAreNextYears(t *testing.T) {
	text := "2023年全区卫生健康工作总结\n" +
		"2023年，全区人均预期寿命提高到77.3岁。\n" +
		"负责人表示，下一步，全区将以健康水平提升行动为抓手。力争人均预期寿命提高到77.7岁，婴儿死亡率控制在3‰以内。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "人均预期寿命=77.3岁@2023/summary", "人均预期寿命=77.7岁@2024/plan", "婴儿死亡率=3‰@2024/plan")

	half := strings.Replace(text, "2023年全区卫生健康工作总结", "2023年上半年全区卫生健康工作总结", 1)
	got = strings.Join(figureYears(Parse("t.txt", half, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "人均预期寿命=77.7岁@2023/plan")
}

// A " | " row closed by a bar gives no bar in its labels or values.
func TestRowClosedByBar(t *testing.T) {
	text := "2022年信息公开年报\n（二）文件情况\n第二十条第（一）项 | |||\n信息内容 | 本年制发件数 | 现行有效件数 |\n规章 | 2 | 5 |\n行政规范性文件 | 1 | 7 |\n"
	got := pipeFigures(t, text)
	want := []string{"规章 本年制发件数=2@2022", "规章 现行有效件数=5@2022", "行政规范性文件 本年制发件数=1@2022", "行政规范性文件 现行有效件数=7@2022"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures %q, want %q", got, want)
	}
}

// A year or a deadline that opens a paragraph dates the figures of its
// later sentences that write none, whatever the document's own year.
func TestParagraphOpeningYearAndDeadline(t *testing.T) {
	text := "卫生监督\n2019-01-09\n" +
		"【公共场所卫生监督】2017年，全省公共场所9.8万个，从业人员44.13万人。各地共开展经常性卫生监督13.3万户次，依法查处案件506件。\n" +
		"2005年城市地区5岁以下儿童死亡率10.7‰。农村地区5岁以下儿童死亡率25.7‰。\n" +
		"到2025年底前，所有县基本建成医共体。90%的乡镇卫生院达到推荐标准，基层诊疗量占比提高到65%左右。\n"
	rep := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	got := strings.Join(figureYears(rep), " ")
	hasFigures(t, got,
		"从业人员=44.13万人@2017/summary", "依法查处案件=506件@2017/summary",
		"基层诊疗量占比=65%@2025/plan", "农村地区5岁以下儿童死亡率=25.7‰@2005/summary",
	)
}

// A text on a coming five-year plan states its targets for the plan's last
// year; a review of the plan states results.
func TestTargetsOfATitledPlan(t *testing.T) {
	text := "“十五五”规划纲要卫生健康要点\n2026-03-17\n纲要提出主要目标：人均预期寿命提高到80岁。同时明确核心指标：每千人口执业医师数3.7人。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "人均预期寿命=80岁@2030/plan", "每千人口执业医师数=3.7人@2030/plan")
	// A headline on a goal set for the coming plan ("“十五五”…有望达到80岁"):
	// the goal is the plan's last year's; the base it builds on, its own.
	goal := "雷海潮:“十五五”中国人均预期寿命有望达到80岁\n2025-10-24\n希望通过五年的努力,能够使得中国人口的人均预期寿命从2024年的79岁基础上再提升1岁,达到80岁左右。\n"
	got = strings.Join(figureYears(Parse("t.txt", goal, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "中国人口的人均预期寿命=80岁@2030/plan", "中国人口的人均预期寿命=79岁@2024/summary")
	review := "“十四五”卫生健康规划中期评估报告\n2023-06-01\n规划实施以来，每千人口执业医师数达到3.2人。\n"
	got = strings.Join(figureYears(Parse("t.txt", review, Meta{}, Options{}).Reports[0]), " ")
	if strings.Contains(got, "@2025") {
		t.Errorf("a review's results dated as the plan's targets: %s", got)
	}
}

// "截止2019年底" dates a status, an actual even in a report titled with the
// year before; "3年来，累计…" totals three years.
func TestStatusAsOfAndArabicYearsBack(t *testing.T) {
	text := "2018年某省医疗卫生资源简报\n截止2019年底，全省医疗卫生机构5.39万个。\n3年来，全区累计投入体检资金约40.68亿元。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "医疗卫生机构=5.39万个@2019/summary", "投入体检资金=40.68亿元@2016-2018/summary")
	// The last digit of a year is no count of years: "2025年以来" in a 2025
	// report is that year, not five years back.
	text = "桐城开展世界家庭医生日宣传活动\n时间:2025-05-19\n据了解,全市已组建家庭医生签约服务团队270个,2025年以来累计签约超过25万人。\n"
	got = strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	if !strings.Contains(got, "=25万人@2025/") {
		t.Errorf("2025年以来 read as five years: %s", got)
	}
}

// A paragraph that opens by comparing with the year before goes on from
// the paragraph before it: its date, and a status's being an actual.
func TestComparisonParagraphGoesOn(t *testing.T) {
	text := "2018年某省医疗卫生资源简报\n截止2019年底，全省医疗卫生机构5.39万个。\n与上年相比，医疗卫生机构总量增加2401个，增长4.7%。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "医疗卫生机构总量=2401个@2019/summary", "医疗卫生机构总量=4.7%@2019/summary")
}

// A half-year report reviews the year it plans, whatever its plan
// heading says.
func TestHalfYearReportReviewsItsOwnYear(t *testing.T) {
	text := "某县卫生健康局2022年上半年工作总结暨下半年工作计划\n一、重点工作任务完成情况\n先后成立了13个质控中心。\n二、2022年工作计划\n新建2个中心。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Raw == "13" && (f.Year != 2022 || f.Kind != KindSummary) {
			t.Errorf("13个质控中心: year %d kind %s, want 2022 summary", f.Year, f.Kind)
		}
	}
}

// A year named in the clause that opens a list going on after semicolons
// ("在…2026年新办民生实事中提到,…;…;") dates the items after it.
func TestListYearGoesOnAfterSemicolons(t *testing.T) {
	text := "潍坊市2025年工作总结\n一、主要工作\n在潍坊市2026年新办民生实事中提到,全面增强30处县域医疗服务次中心服务能力;改造提升村卫生室1000处,实现小病在镇村解决;建设基层特色专科30个。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "全面增强=30处@2026/plan", "改造提升村卫生室=1000处@2026/plan", "建设基层特色专科=30个@2026/plan")
}

// "自2016年起…累计" starts a period: the total is of the years since, not
// of its first year.
func TestSinceYearStartsAPeriod(t *testing.T) {
	text := "新疆全民健康体检工作情况\n2019年7月4日，记者获悉：自2016年起，新疆已连续3年开展全民免费健康体检工作，累计体检5383万人次。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	if strings.Contains(got, "@2016/") {
		t.Errorf("a total since 2016 dated 2016: %s", got)
	}
}

// A title naming a plan period and nothing of a review ("“十四五”…主要发展
// 指标") is a plan: its figures are targets.
func TestPlanPeriodTitleIsAPlan(t *testing.T) {
	text := "宝应县“十四五”卫生健康主要发展指标\n——健康服务能力显著增强。每千常住人口执业(助理)医师达3.9人。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	if !strings.Contains(got, "/plan") {
		t.Errorf("want a target: %s", got)
	}
}

// A bare measure later in a sentence keeps the institution written with it
// earlier; a modifier ("计划投资") is no institution.
func TestBareMeasureKeepsItsInstitution(t *testing.T) {
	text := "2023年卫生健康事业发展统计公报\n2023年末,全国共有乡镇卫生院33753个,床位150.5万张,与上年比较,床位增加4.9万张。全年计划投资3000万元,已完成投资1528万元。\n"
	labels := map[string]string{}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		labels[f.Raw] = f.Label
	}
	if labels["4.9"] != "乡镇卫生院床位" || labels["1528"] == "计划投资" {
		t.Errorf("labels %v", labels)
	}
}

// A five-year plan copied without its title says what it is in its
// opening ("…精神，结合实际，制定本规划。"): its review keeps the years it
// writes, never dated before the plan, and a level its review gives for
// the last year of the period before is that year's result.
func TestPlanDeclaredInItsOpening(t *testing.T) {
	text := "根据国家《“十四五”国民健康规划》《“健康中国2030”规划纲要》精神，结合实际，制定本规划。\n" +
		"一、规划背景\n（一）发展现状\n" +
		"2019年，全区人均预期寿命由2015年的74.31岁提高到75.9岁。2020年，全区婴儿死亡率由2015年的7.46‰下降到3.64‰。\n"
	rep := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if rep.Year != 2021 {
		t.Errorf("year %d, want 2021 (the plan's first year)", rep.Year)
	}
	got := strings.Join(figureYears(rep), " ")
	hasFigures(t, got, "人均预期寿命=75.9岁@2019/summary", "婴儿死亡率=7.46‰@2015/summary", "婴儿死亡率=3.64‰@2020/summary")
}

// A five-year plan named by its title ("关于印发“十四五”…规划的通知") is of
// its period, though its review names the year before it first.
func TestPlanTitledByItsPeriod(t *testing.T) {
	text := "某省人民政府办公厅关于印发“十四五”中医药发展规划的通知\n一、规划背景\n2020年，全省中医医院达到120家。\n二、基本原则\n坚持以人民为中心。坚持守正创新。\n"
	rep := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if rep.Year != 2021 {
		t.Errorf("year %d, want 2021 (the plan's first year)", rep.Year)
	}
	hasFigures(t, strings.Join(figureYears(rep), " "), "中医医院=120家@2020/summary")
}

// A year that opens a speaker's quoted words dates the paragraph's
// figures; 争创 marks a goal.
func TestYearOpeningAQuotedSpeech(t *testing.T) {
	text := "某县2023年卫生健康工作综述\n2023年，全县建成次中心3个。\n" +
		"县卫生健康局负责人说道：“2024年，县卫生健康局将继续推进健康建设。建设急诊急救五大中心，争创市级以上重点专科8个。”\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "建成次中心=3个@2023/summary", "争创市级以上重点专科=8个@2024/plan")
}

// A year opening a paragraph after its source or speaker ("据介绍，2023年，…",
// "会议指出,2019年,…") dates the paragraph's later sentences, in a news
// report of the year after.
func TestYearOpeningAfterItsSource(t *testing.T) {
	text := "2024年某区“两会”卫生健康新闻\n近日，2024年某区“两会”开幕。今年，区医院新院区将投入使用。\n" +
		"据介绍，2023年，区口腔医院迁建项目实现封顶。18家社区卫生服务中心均已挂牌社区医院。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "社区卫生服务中心挂牌社区医院=18家@2023/summary")
	text = "某市召开卫生健康工作会\n1月20日，某市召开全市卫生健康工作会议，回顾总结2019年工作，安排部署2020年重点任务。\n" +
		"会议指出,2019年,全市卫生健康系统各项工作稳中有进。建成9个紧密型医共体,覆盖了全市96家基层医疗卫生机构。\n"
	got = strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "建成紧密型医共体=9个@2019/summary")
	// The place may stand before the year ("据介绍,北京市2023年…").
	text = "北京市妇幼健康主要指标达国际先进水平\n2024-03-27\n记者3月26日从北京市卫生健康委了解到,北京成为全国首批实现母婴传播消除目标省份。\n" +
		"据介绍,北京市2023年孕产妇系统服务率接近百分之百。孕产妇死亡率1.56/10万、婴儿死亡率为1.50‰。\n"
	got = strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "孕产妇死亡率=1.56/10万@2023/summary")
}

// The parts a sentence opening with 其中 lists are quoted with the sentence
// before, which gives the whole they break down.
func TestPartsQuotedWithTheirWhole(t *testing.T) {
	text := "某区卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n" +
		"2023年,我局在门户网站主动公开各类信息共20条,全文电子化达100%。其中机构职能类信息4条,规划计划类4条。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "4" && !strings.Contains(f.Sentence, "共20条") {
			t.Errorf("%s %s%s quoted without its whole: %q", f.Label, f.Raw, f.Unit, f.Sentence)
		}
		if f.Raw == "20" && strings.Contains(f.Sentence, "其中") {
			t.Errorf("the whole quoted with its parts: %q", f.Sentence)
		}
	}
}

// The review section of a titled five-year plan published into its period
// ("一、发展基础" of a 十四五 plan of 2023) gives where the period before
// ended: its figures with no year of their own are 2020's.
func TestReviewOfATitledPlanIsThePeriodBefore(t *testing.T) {
	text := "巴中市“十四五”医疗卫生服务体系规划\n发布日期：2023-09-28\n第一章 规划背景\n一、发展基础\n" +
		"全市医疗卫生机构编制床位数19474张。每千人口执业(助理)医师2.14人。\n第二章 主要目标\n到2025年，每千人口执业(助理)医师达到2.8人。\n"
	got := strings.Join(figureYears(Parse("t.txt", text, Meta{}, Options{}).Reports[0]), " ")
	hasFigures(t, got, "每千人口执业医师=2.14人@2020/summary", "每千人口执业医师=2.8人@2025/plan")
}
