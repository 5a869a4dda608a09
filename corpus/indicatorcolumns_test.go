package corpus

import (
	"slices"
	"strings"
	"testing"
)

// A plan's main-indicator table saved one cell a line, its blank cells
// (unit, domain) dropped: each row's values go to the year and target
// columns, with the row's unit; the base year's value is an actual, the
// target a plan.
func TestIndicatorColumnTable(t *testing.T) {
	text := "某县“十四五”卫生健康发展规划\n一、主要指标\n" +
		"领域\n序号\n主要指标\n单位\n2020年\n2025年目标\n指标性质\n" +
		"健康水平\n1\n人均预期寿命\n78.4\n>79\n预期性\n" +
		"2\n孕产妇死亡率\n/10万\n9.7\n<9\n预期性\n" +
		"3\n居民健康素养水平\n%\n-\n28\n预期性\n" +
		"健康服务\n4\n每千人口医疗卫生机构床位数\n4.81\n5.23\n预期性\n" +
		"其中:每千人口中医床位数\n0.6\n0.9\n预期性\n" +
		"二、主要任务\n（一）完善服务体系。推进县域医共体建设，提升县级医院能力。\n"
	r := Parse("规划.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]Figure{}
	for _, f := range r.Figures {
		got[f.Label+" "+f.Raw] = f
	}
	for _, c := range []struct {
		key, unit string
		year      int
		target    bool
	}{
		{"人均预期寿命 78.4", "", 2020, false},
		{"人均预期寿命 目标 79", "", 2025, true},
		{"孕产妇死亡率 9.7", "/10万", 2020, false},
		{"孕产妇死亡率 目标 9", "/10万", 2025, true},
		{"居民健康素养水平 目标 28", "%", 2025, true},
		{"每千人口医疗卫生机构床位数 目标 5.23", "", 2025, true},
		{"每千人口中医床位数 目标 0.9", "", 2025, true},
	} {
		f, ok := got[c.key]
		if !ok {
			t.Errorf("no figure %q in %v", c.key, r.Figures)
			continue
		}
		if f.Unit != c.unit || f.Year != c.year || f.Target != c.target {
			t.Errorf("%s: unit %q year %d target %v, want %q %d %v", c.key, f.Unit, f.Year, f.Target, c.unit, c.year, c.target)
		}
		if !c.target && f.Kind != KindSummary {
			t.Errorf("%s: kind %s, want the base year's actual", c.key, f.Kind)
		}
	}
}

// The same table with its header broken over lines ("2022" over "目标值",
// "基期水平2020年)") and no header over the names, whose brackets are left
// open ("居民健康素养水平(%").
func TestIndicatorColumnTableBrokenHeader(t *testing.T) {
	text := "某市人民政府关于健康某市行动的实施意见\n一、主要指标\n(详见附件一)\n序号\n基期水平2020年)\n2022\n目标值\n" +
		"1\n人均预期寿命(岁)\n76.7\n77.7\n2\n居民健康素养水平(%\n14.8\n22\n3\n婴儿死亡率(\n2.92\n持续改善\n"
	r := Parse("意见.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"77.7": "岁 2022 plan", "76.7": "岁 2020 summary", "22": "% 2022 plan", "14.8": "% 2020 summary", "2.92": " 2020 summary"}
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = f.Unit + " " + itoaYear(f.Year) + " " + string(f.Kind)
	}
	for raw, w := range want {
		if got[raw] != w {
			t.Errorf("%s: %q, want %q (all %v)", raw, got[raw], w, got)
		}
	}
}

// A target table whose cells each close with a bar, a unit column and a
// column of lead departments after the years; a target in words does not
// end the table, and the caption's years above it are no header.
func TestIndicatorColumnTableClosedCells(t *testing.T) {
	text := "临政办函〔2025〕3号\n各乡镇人民政府:\n《临澧县健康行动计划(2024-2027年)主要目标任务》已经县人民政府常务会议审议通过。现印发给你们,请认真组织实施。\n" +
		"临澧县人民政府办公室\n2025年3月1日\n临澧县健康行动计划\n(2024-2027年)主要目标任务\n序号 |\n指标名称 |\n单位 |\n2023年 |\n2025年 |\n2027年 |\n牵头单位 |\n" +
		"1 |\n人均预期寿命 |\n岁 |\n77.5 |\n≥78 |\n≥79 |\n县卫生健康局 |\n" +
		"2 |\n居民健康素养水平 |\n% |\n28.4 |\n每年提高2个百分点或不低于全省平均水平 |\n每年提高2个百分点 |\n县卫生健康局 |\n" +
		"3 |\n总体癌症5年生存率 |\n% |\n- |\n≥36 |\n≥39 |\n县卫生健康局 |\n" +
		"4 |\n肺结核发病率 |\n/10万 |\n55.2 |\n50 |\n45 |\n县疾控中心 |\n" +
		"5 |\n道路交通事故死亡率 |\n/10万 |\n6.8 |\n较2022年 下降3% |\n较2025年 下降3% |\n县公安局 |\n"
	r := Parse("计划.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"77.5": "岁 2023 summary", "78": "岁 2025 plan", "79": "岁 2027 plan", "28.4": "% 2023 summary",
		"36": "% 2025 plan", "39": "% 2027 plan", "55.2": "/10万 2023 summary", "45": "/10万 2027 plan"}
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = f.Unit + " " + itoaYear(f.Year) + " " + string(f.Kind)
	}
	for raw, w := range want {
		if got[raw] != w {
			t.Errorf("%s: %q, want %q (all %v)", raw, got[raw], w, got)
		}
	}
	if !slices.ContainsFunc(r.Figures, func(f Figure) bool {
		return f.Raw == "3" && f.Year == 2025 && f.Kind == KindPlan && strings.Contains(f.Qualifier, "较2022年")
	}) {
		t.Errorf("no planned fall of 3%% against 2022 (all %v)", got)
	}
}

// A target list whose caption stands right before its header (no column's
// header), whose last column lists the units responsible at length, and
// whose cells note the year or the place a value is of ("76.9(2021年)",
// "33(邵阳市)"): every column in its place, the noted year kept, another
// place's value no figure; the table going on under its header repeated
// keeps its last row.
func TestIndicatorColumnTableCaptionAndNotes(t *testing.T) {
	text := "某县人均预期寿命提升行动计划主要目标责任清单\n某政办函〔2025〕6号\n各乡镇人民政府:\n《某县人均预期寿命提升行动计划主要目标责任清单》已经县人民政府同意,现印发给你们,请认真抓好落实。\n" +
		"某县人民政府办公室\n2025年4月20日\n某县人均预期寿命提升行动计划主要目标责任清单\n序号 |\n指标名称 |\n单位 |\n2022年 |\n2025年 |\n2027年 |\n牵头单位 |\n责任单位 |\n" +
		"1 |\n人均预期寿命 |\n岁 |\n76.9(2021年) |\n≥78.1 |\n≥79 |\n县卫健局 |\n县文旅广体局、县烟草局、市生态环境局分局、县农业农村局、县住建局、县城管局、县市场监管局、县发改局、县医保局、县民政局、县教育局,各乡镇人民政府 |\n" +
		"2 |\n居民健康素养水平 |\n% |\n20.3 |\n≥30.5 |\n≥32 |\n县卫健局 |\n县疾控中心,各乡镇人民政府 |\n" +
		"3 |\n总体癌症5年生存率 |\n% |\n33(邵阳市) |\n≥37 |\n≥39 |\n县卫健局 |\n县疾控中心、县人民医院,各乡镇人民政府 |\n" +
		"4 |\n30-70岁重大慢性病过早死亡率 |\n% |\n11.8(预计) |\n≤11.5 |\n≤11 |\n县卫健局 |\n县疾控中心 |\n" +
		"序号 |\n指标名称 |\n单位 |\n2022年 |\n2025年 |\n2027年 |\n牵头单位 |\n责任单位 |\n" +
		"5 |\n5岁以下儿童死亡率 |\n‰ |\n5.81 |\n持续改善 |\n持续改善 |\n县卫健局 |\n县妇计中心,各乡镇人民政府 |\n"
	r := Parse("清单.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"76.9": "岁 2021 summary", "78.1": "岁 2025 plan", "79": "岁 2027 plan", "20.3": "% 2022 summary",
		"30.5": "% 2025 plan", "32": "% 2027 plan", "37": "% 2025 plan", "39": "% 2027 plan", "5.81": "‰ 2022 summary",
		"11.8": "% 2022 summary"}
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = f.Unit + " " + itoaYear(f.Year) + " " + string(f.Kind)
	}
	for raw, w := range want {
		if got[raw] != w {
			t.Errorf("%s: %q, want %q (all %v)", raw, got[raw], w, got)
		}
	}
	if _, ok := got["33"]; ok {
		t.Errorf("the city's value read as the county's (all %v)", got)
	}
}

// A statistics page's table one cell a line, its rows numbered as an
// outline ("1.1", "1.1.1") under chapter rows that give their unit
// ("一、医疗机构情况 (间)"), a share column beside the counts and "——" for
// no value: the chapters are rows, not the report's sections.
func TestOutlinedTable(t *testing.T) {
	text := "2023年第三季度某市医疗服务信息情况一览表\n\n序号\n\n指标名称(单位)\n\n数量\n\n构成(%)\n\n一、医疗机构情况 (间)\n\n1.1\n\n医疗机构数\n\n240\n\n100\n\n" +
		"1.1.1\n\n    医  院\n\n80\n\n33.3\n\n1.1.2\n\n社区卫生服务中心(站)\n\n50\n\n20.8\n\n二、床位情况 (张)\n\n2.1\n\n床位数\n\n39000\n\n——\n\n三、门诊情况\n\n3.1\n\n门诊次均费用(元/次)\n\n180.5\n\n——\n\n" +
		"注:本表数据不含村卫生室。\n"
	r := Parse("表.txt", text, Meta{}, Options{}).Reports[0]
	if slices.ContainsFunc(r.Sections, func(s Section) bool { return s.Level > 0 }) {
		t.Errorf("chapter rows read as sections: %v", paths(r.Sections))
	}
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Label] = f.Raw + f.Unit + " " + itoaYear(f.Year)
	}
	for label, want := range map[string]string{
		"医疗机构数": "240间 2023", "医院": "80间 2023", "医院 构成": "33.3% 2023", "社区卫生服务中心(站)": "50间 2023",
		"床位数": "39000张 2023", "门诊次均费用": "180.5元/次 2023",
	} {
		if got[label] != want {
			t.Errorf("%s: %q, want %q (all %v)", label, got[label], want, got)
		}
	}
}

// A review's table of main indicators saved from a web page: the headline
// over the page's source line, the header's years broken from what they
// head ("2020年" over "完成情况", over "规划目标"), domains between rows. The
// header cells are no part titles, the source line no part of the title.
func TestIndicatorColumnTableYearOverColumn(t *testing.T) {
	text := "某市“十三五”卫生健康主要指标完成情况\n来源: 健康某市 发布时间:2021-12-08 09:57 累计次数: 字体:[ ]\n\n" +
		"类别\n\n序号\n\n指标\n\n单位\n\n2020年\n\n完成情况\n\n2020年\n\n规划目标\n\n" +
		"健康水平\n\n1\n\n孕产妇死亡率\n\n1/10万\n\n2.65\n\n≤5\n\n2\n\n婴儿死亡率\n\n2.41\n\n≤4\n\n" +
		"疾病防控与\n\n爱国卫生\n\n3\n\n全市居民健康素养水平\n\n%\n\n27.52\n\n≥24\n"
	r := Parse("指标.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某市“十三五”卫生健康主要指标完成情况" {
		t.Errorf("title %q", r.Title)
	}
	got := map[string]Figure{}
	for _, f := range r.Figures {
		got[f.Label+" "+f.Raw] = f
	}
	for _, c := range []struct {
		key    string
		target bool
	}{
		{"婴儿死亡率 完成情况 2.41", false},
		{"婴儿死亡率 规划目标 4", true},
		{"全市居民健康素养水平 完成情况 27.52", false},
		{"全市居民健康素养水平 规划目标 24", true},
	} {
		f, ok := got[c.key]
		if !ok {
			t.Errorf("no figure %q in %v", c.key, r.Figures)
			continue
		}
		if f.Year != 2020 || f.Target != c.target {
			t.Errorf("%s: year %d target %v, want 2020 %v", c.key, f.Year, f.Target, c.target)
		}
	}
}
