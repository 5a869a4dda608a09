package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestSectionYearsAndKinds: one report can hold a 2025 summary, 2026 plans,
// 2030 targets and annexes, each dated and kinded right.
func TestSectionYearsAndKinds(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]string // path prefix → "kind year part"
		planYear   int
	}{
		{
			name: "government work report",
			text: "2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n过去一年，全省生产总值增长5%。\n（一）聚焦民生\n新建医院3家。\n" +
				"二、“十五五”时期主要目标任务\n到2030年，人均预期寿命达到80岁。\n三、2026年重点工作\n（一）扩大内需\n新增就业50万人。\n" +
				"四、全面加强政府自身建设\n从严治党。\n附件1 2026年省十件民生实事\n一、新建托育机构\n新建100所。\n名词解释\n1.两重：重大战略。\n",
			want: map[string]string{
				"一、2025年工作回顾":      "summary 2025 正文",
				"二、“十五五”时期主要目标任务":  "plan 2030 正文",
				"三、2026年重点工作":      "plan 2026 正文",
				"四、全面加强政府自身建设":     "plan 2026 正文",
				"附件1 2026年省十件民生实事": "plan 2026 附件1",
				"名词解释":             "plan 2026 名词解释",
			},
			planYear: 2026,
		},
		{
			name: "bare part titles with no outline number",
			text: "2026年某省政府工作报告\n各位代表：\n现在向大会报告工作。\n“十四五”时期工作回顾\n五年来，全省新建医院30家，床位增加1万张。\n" +
				"我们坚持民生优先。\n“十五五”时期的主要目标任务\n“十五五”时期，要努力实现以下目标任务：\n一是人民生活品质明显提升。人均预期寿命达到80岁。\n" +
				"二是社会治理效能明显提升。安全底线更加牢固。\n2026年重点工作\n今年是“十五五”开局之年。\n（一）加大民生保障\n新增托位1000个。\n",
			want: map[string]string{
				"“十四五”时期工作回顾":                   "summary 2025 正文",
				"“十五五”时期的主要目标任务 > 一是人民生活品质明显提升": "plan 2030 正文",
				"2026年重点工作 > （一）加大民生保障":         "plan 2026 正文",
			},
			planYear: 2026,
		},
		{
			name: "a bare title of a plan's review of the period before",
			text: "《某省“十四五”卫生与健康发展规划》政策解读\n为全面推进健康建设，制定本规划。\n“十三五”发展主要成就\n1、卫生健康事业投入持续增长，每千人口床位数达到7.4张。\n" +
				"“十四五”主要目标\n1.医疗服务能力大幅提高，每千人口床位数达到7.8张。\n",
			want: map[string]string{
				"“十三五”发展主要成就": "summary 2020 正文",
				"“十四五”主要目标":   "plan 2025 正文",
			},
			planYear: 2022,
		},
		{
			name: "a repeated document title, a numbered outline and a list line are no part titles",
			text: "2024年工作总结及2025年工作重点\n现将有关情况报告如下。\n2024年工作总结及2025年工作重点\n一、2024年工作总结\n全年新建医院3家。\n" +
				"二、2025年工作重点\n新建医院5家。\n重点工作\n下一步工作\n",
			want: map[string]string{
				"一、2024年工作总结": "summary 2024 正文",
				"二、2025年工作重点": "plan 2025 正文",
			},
			planYear: 2025,
		},
		{
			name: "an undated review before the plan of the report's own year is of the year before",
			text: "2026年吉林省政府工作报告\n一、工作回顾\n建成助老餐厅413个。\n二、2026年工作安排\n（一）坚持民生为大\n新增普惠性养老床位2000个。\n",
			want: map[string]string{
				"一、工作回顾":      "summary 2025 正文",
				"二、2026年工作安排": "plan 2026 正文",
			},
			planYear: 2026,
		},
		{
			name: "rhetorical top headings are read through the sentence opening their part",
			text: "2026年福建省政府工作报告\n各位代表：\n一、一年接着一年干，新福建建设持续取得新进展新成效\n2025年是“十四五”收官之年。一年来，我们坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届历次全会精神，坚持稳中求进工作总基调，经济运行稳中向好。\n" +
				"（一）着力推进向新向优发展\n新增高新技术企业1000家。\n二、一张蓝图绘到底，奋力谱写中国式现代化福建篇章\n“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。\n" +
				"三、一鼓作气勇争先，全力推动“十五五”开好局、起好步\n2026年是“十五五”开局之年。今年的主要预期目标是：地区生产总值增长5%左右。\n" +
				"四、一以贯之转作风，努力建设人民满意的服务型政府\n新征程上，我们将始终把忠诚作为为政之魂。\n",
			want: map[string]string{
				"一、一年接着一年干": "summary 2025 正文",
				"二、一张蓝图绘到底": "plan 2030 正文",
				"三、一鼓作气勇争先": "plan 2026 正文",
				"四、一以贯之转作风": "plan 2026 正文",
			},
			planYear: 2026,
		},
		{
			name: "a plan's background states what is so and reviews no year",
			text: "国务院关于实施健康中国行动的意见\n国发〔2019〕13号\n一、行动背景\n慢性病导致的死亡人数占总死亡人数的88%。\n" +
				"二、总体要求\n（一）主要目标\n到2022年，健康素养水平不低于22%。\n三、主要任务\n（一）实施控烟行动\n推动无烟环境建设。\n",
			want: map[string]string{
				"一、行动背景": "summary 2019 正文",
				"二、总体要求": "plan 2019 正文",
				"三、主要任务": "plan 2019 正文",
			},
			planYear: 2019,
		},
		{
			name: "half-year summary plans the same year",
			text: "2023年上半年卫生工作总结\n一、上半年工作开展情况\n完成接种1000人次。\n二、下半年工作计划\n继续做好接种。\n",
			want: map[string]string{
				"一、上半年工作开展情况": "summary 2023 正文",
				"二、下半年工作计划":   "plan 2023 正文",
			},
			planYear: 2023,
		},
		{
			name: "conference report of 2023 on 2022 and 2023",
			text: "在2023年全市卫生健康工作会议上的报告\n一、2022年工作回顾\n签约率达到50%。\n二、2023年重点工作\n（一）巩固签约服务\n签约率力争达到55%。\n",
			want: map[string]string{
				"一、2022年工作回顾": "summary 2022 正文",
				"二、2023年重点工作": "plan 2023 正文",
			},
			planYear: 2023,
		},
		{
			name: "annual summary with next year's plan",
			text: "2023年卫生健康工作总结\n一、2023年主要工作\n完成任务。\n二、下一步工作打算\n继续努力。\n",
			want: map[string]string{
				"一、2023年主要工作": "summary 2023 正文",
				"二、下一步工作打算":   "plan 2024 正文",
			},
			planYear: 2024,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse("a.txt", tt.text, Meta{}, Options{})
			r := doc.Reports[0]
			if r.PlanYear != tt.planYear {
				t.Errorf("plan year %d, want %d", r.PlanYear, tt.planYear)
			}
			for prefix, want := range tt.want {
				n := 0
				for _, s := range r.Sections {
					if !strings.HasPrefix(s.PathString(), prefix) {
						continue
					}
					n++
					if got := string(s.Kind) + " " + itoaYear(s.Year) + " " + s.Part; got != want {
						t.Errorf("%s: %s, want %s", s.PathString(), got, want)
					}
				}
				if n == 0 {
					t.Errorf("no section %q in %v", prefix, paths(r.Sections))
				}
			}
		})
	}
}

func paths(secs []Section) []string {
	var out []string
	for _, s := range secs {
		out = append(out, s.PathString())
	}
	return out
}

// TestTableFigures: numeric cells of table rows are figures labelled by
// their row and column headers, dated by a year a header names.
func TestTableFigures(t *testing.T) {
	text := "一、主要指标\n指标\t2022年\t2023年\n家庭医生签约率(%)\t48.5\t50.2\n" +
		"项目：孕产妇系统管理率；2023年目标：90%；完成：92.5%\n部门：市政府办；重点领域：成立委员会。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	got := map[string]string{}
	for _, f := range doc.Reports[0].Figures {
		got[f.Label+" "+itoaYear(f.Year)] = f.Raw + f.Unit + " " + string(f.Kind)
	}
	want := map[string]string{
		"家庭医生签约率 2022":     "48.5% summary",
		"家庭医生签约率 2023":     "50.2% summary",
		"孕产妇系统管理率 目标 2023": "90% plan",
		"孕产妇系统管理率 完成 2023": "92.5% summary", // undated cell: the year found for the report
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: got %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
}

// A year that opens a sentence dates the figures of its semicolon clauses
// that write none, in a report of another year; the next sentence is the
// section's again.
func TestLeadingYearSpansClauses(t *testing.T) {
	text := "2025年卫生健康工作会议召开\n\n会议指出，2024年，全市居民平均期望寿命达到83.62岁；居民健康素养水平达到39.06%；千人均床位数4.38张。全市托位数达到4.39个。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	got := map[string]int{}
	for _, f := range doc.Reports[0].Figures {
		got[f.Raw] = f.Year
	}
	for raw, want := range map[string]int{"83.62": 2024, "39.06": 2024, "4.38": 2024} {
		if got[raw] != want {
			t.Errorf("%s: year %d, want %d (all: %v)", raw, got[raw], want, got)
		}
	}
	if got["4.39"] == 2024 && doc.Reports[0].Year != 2024 {
		t.Errorf("4.39 of the next sentence took the earlier sentence's year: %v", got)
	}
}

// A part of a work report whose heading names no time may open with a
// paragraph or two of context before "2025年是…之年": it is that year's plan,
// not the review before it.
func TestPartTimeFromLaterOpening(t *testing.T) {
	text := "2025年某省政府工作报告\n各位代表：\n" +
		"一、牢记嘱托，在接续奋斗中取得新成效\n2024年是极不平凡的一年。一年来，全省新增养老床位3000张。\n" +
		"二、牢记使命，在现代化建设中奋勇争先\n某省是重要的实践地，这是我们的荣光。\n厚望如山，使命如磐，必须把争先作为鲜明导向。\n" +
		"2025年是“十四五”规划收官之年。要全面贯彻中央经济工作会议精神，重点抓好以下工作。\n新增养老床位2000张。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	var got []string
	for _, s := range doc.Reports[0].Sections {
		if s.Level == 1 {
			got = append(got, fmt.Sprintf("%s %d %s", s.Heading[:9], s.Year, s.Kind))
		}
	}
	want := []string{"牢记嘱 2024 summary", "牢记使 2025 plan"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("parts read as %q, want %q", got, want)
	}
}

// An amount totalled over several years is dated by its period; a level
// reached and one year's amount are not.
func TestPeriodTotals(t *testing.T) {
	text := "2026年某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n" +
		"过去五年，全省累计新增养老床位5万张，人均预期寿命提高到79岁。“十四五”时期，建成区域医疗中心12个。" +
		"2021年以来，培训乡村医生3000人。2025年，新增养老床位8000张。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	got := map[string]string{}
	for _, f := range doc.Reports[0].Figures {
		got[f.Raw] = fmt.Sprintf("%d-%d", f.Since, f.Year)
	}
	want := map[string]string{"5": "2021-2025", "79": "0-2025", "12": "2021-2025", "3000": "2021-2025", "8000": "0-2025"}
	for raw, w := range want {
		if got[raw] != w {
			t.Errorf("%s: period %s, want %s (all: %v)", raw, got[raw], w, got)
		}
	}
}

// A paragraph that opens with its period ("五年来，…") dates the totals of
// its later sentences; a stock it ends at stays the year's.
func TestParagraphPeriod(t *testing.T) {
	text := "2026年某省政府工作报告\n一、工作回顾\n" +
		"五年来，我们坚持以人民为中心。全省新增养老床位5万张，建成区域医疗中心12个。全省经营主体达到850万户。" +
		"组建紧密型城市医疗集团39个、县域医共体192个。\n" +
		"2025年，全省新增养老床位8000张。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	got := map[string]string{}
	for _, f := range doc.Reports[0].Figures {
		got[f.Raw] = fmt.Sprintf("%d-%d", f.Since, f.Year)
	}
	want := map[string]string{"5": "2021-2025", "12": "2021-2025", "850": "0-2025", "8000": "0-2025", "192": "2021-2025"}
	for raw, w := range want {
		if got[raw] != w {
			t.Errorf("%s: period %s, want %s (all: %v)", raw, got[raw], w, got)
		}
	}
}

// Reviews open each paragraph of the five years with "这五年，我们…。" and
// give its figures in the next paragraph: the period carries over
// paragraphs until a sentence opens with a single year (after an address
// to the audience: "各位代表，刚刚过去的2025年"); an amount done
// every year ("每年实施20项") is each year's, not the period's.
func TestPeriodCarriedOverParagraphs(t *testing.T) {
	text := "2026年某省政府工作报告\n一、“十四五”时期和2025年工作回顾\n" +
		"这五年，我们深入践行以人民为中心的发展思想，民生福祉得到新改善。\n" +
		"新增学前普惠学位16万个，社会消费品零售总额年均增长5%，每年实施20项重点民生实事。\n" +
		"各位代表，刚刚过去的2025年，是具有重要意义的一年。\n" +
		"新增学前普惠学位2万个。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	got := map[string]string{}
	for _, f := range doc.Reports[0].Figures {
		got[f.Raw] = fmt.Sprintf("%d-%d", f.Since, f.Year)
	}
	want := map[string]string{"16": "2021-2025", "5": "2021-2025", "20": "0-2025", "2": "0-2025"}
	for raw, w := range want {
		if got[raw] != w {
			t.Errorf("%s: period %s, want %s (all: %v)", raw, got[raw], w, got)
		}
	}
}

// A year named in passing by a deep heading (a bulletin's notes: "7.万元
// GDP能耗按2020年不变价格计算") is not the year the report reviews.
func TestNoteYearIsNotTheReviewYear(t *testing.T) {
	text := "某市2022年国民经济和社会发展统计公报\n2022年，全市经济稳中有进。\n一、综合\n全年地区生产总值3473亿元。\n" +
		"二、卫生\n全市拥有医疗卫生机构4355个。\n三、资源和环境\n全年平均气温18.8℃。\n注释：\n1.本公报中数据均为初步统计数。\n2.万元GDP能耗按2020年不变价格计算。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	for _, s := range doc.Reports[0].Sections {
		if s.Level == 1 && s.Year != 2022 {
			t.Errorf("section %q dated %d, want 2022", s.Heading, s.Year)
		}
	}
}

// A bulletin's part that opens with a figure compared with the year
// before ("比上年增支…") is of the bulletin's year, not the year before.
func TestComparedYearDatesNoPart(t *testing.T) {
	text := "某县2022年国民经济和社会发展统计公报\n一、综合\n全年实现生产总值262.6亿元。\n二、财政\n全年一般公共预算支出53.1亿元，比上年增支3.1亿元。卫生健康支出2.7亿元，比上年增支16万元。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	for _, s := range doc.Reports[0].Sections {
		if s.Year != 2022 {
			t.Errorf("section %q dated %d, want 2022", s.Heading, s.Year)
		}
	}
}

// A page of PDF text whose lines were numbered where the line broke
// ("与\n2、上年比较,医院增加154个") opens a part with the comparison: it
// dates nothing either.
func TestComparisonCutAtLineDatesNoPart(t *testing.T) {
	text := "湖南省2015年卫生计生事业发展统计公报\n1、一、卫生资源 2015年末,医疗卫生机构总数达62646个。与\n2、上年比较,医院增加154个。医院中,公立医院530个。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	for _, f := range doc.Reports[0].Figures {
		if f.Year != 2015 {
			t.Errorf("figure %s = %s dated %d, want 2015", f.Label, f.Raw, f.Year)
		}
	}
}

// The parts of the State Council's report that propose the year's work
// ("二、2018年经济社会发展总体要求和政策取向", "三、对2018年政府工作的建议")
// are plans, and the review before them is of the year before.
func TestNationalReportParts(t *testing.T) {
	text := "2018年国务院政府工作报告\n一、过去五年工作回顾\n五年来，经济实力跃上新台阶。\n" +
		"二、2018年经济社会发展总体要求和政策取向\n今年发展主要预期目标是国内生产总值增长6.5%左右。\n" +
		"三、对2018年政府工作的建议\n提高基本医疗保险财政补助标准。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	want := []string{"summary 2017", "plan 2018", "plan 2018"}
	var got []string
	for _, s := range doc.Reports[0].Sections {
		if s.Level == 1 {
			got = append(got, fmt.Sprintf("%s %d", s.Kind, s.Year))
		}
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("parts read as %q, want %q", got, want)
	}
}

// "到2020年…达到" in the review part of a later plan reports what was
// reached by then, not a goal.
func TestPastDeadlineInReviewIsActual(t *testing.T) {
	text := "某市卫生健康“十四五”规划\n一、发展基础\n“十三五”时期，全市卫生健康事业稳步发展。到2020年，每千常住人口医疗卫生机构床位数达到6.12张。\n二、发展目标\n到2025年，每千常住人口医疗卫生机构床位数达到6.8张。\n"
	doc := Parse("t.txt", text, Meta{Year: 2021}, Options{})
	for _, f := range doc.Reports[0].Figures {
		switch f.Raw {
		case "6.12":
			if f.Kind != KindSummary || f.Target || f.Year != 2020 {
				t.Errorf("6.12: kind %s target %v year %d; want summary, actual, 2020", f.Kind, f.Target, f.Year)
			}
		case "6.8":
			if f.Kind != KindPlan || f.Year != 2025 {
				t.Errorf("6.8: kind %s year %d; want plan 2025", f.Kind, f.Year)
			}
		}
	}
}

// A report typeset in full-width digits dates its parts like any other;
// a plan part headed "今年" makes the untimed review the year before.
func TestFullWidthYearsAndThisYearsPlan(t *testing.T) {
	for _, c := range []struct {
		text                 string
		review, plan, planYr int
	}{
		{"２０１６年某省政府工作报告\n一、２０１５年工作回顾\n全省生产总值增长７％。\n二、２０１６年主要任务\n全省生产总值增长６．５％左右。\n", 2015, 2016, 2016},
		{"2016年某省政府工作报告\n一、过去五年工作回顾\n全省生产总值年均增长8%。\n二、对今年政府工作的建议\n全省生产总值增长6.5%左右。\n", 2015, 2016, 2016},
	} {
		r := Parse("t.txt", c.text, Meta{}, Options{}).Reports[0]
		var got []int
		for _, s := range r.Sections {
			if s.Level == 1 {
				got = append(got, s.Year)
			}
		}
		if len(got) != 2 || got[0] != c.review || got[1] != c.plan || r.PlanYear != c.planYr {
			t.Errorf("%.40q: section years %v, plan year %d; want [%d %d], %d", c.text, got, r.PlanYear, c.review, c.plan, c.planYr)
		}
	}
}

// A change written in a review of five years is the five years' change;
// one compared with the year before is that year's.
func TestChangeInFiveYearReview(t *testing.T) {
	text := "2018年某省政府工作报告\n一、过去五年工作回顾\n五年来，专业技术人才总量增加86万人，天然气产量增长37.9%。全省粮食产量比上年增长2.1%。\n二、对今年政府工作的建议\n全省生产总值增长6.5%左右。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	for _, f := range doc.Reports[0].Figures {
		want := map[string]int{"86": 2013, "37.9": 2013, "2.1": 0, "6.5": 0}[f.Raw]
		if f.Since != want {
			t.Errorf("%s %s%s: since %d, want %d", f.Label, f.Raw, f.Unit, f.Since, want)
		}
	}
}

// "过去一年，…" opening a paragraph of a plan part reports the year
// before: its figures are that year's results; the next paragraph plans.
func TestPastYearOpensAPlanParagraph(t *testing.T) {
	text := "2019年某省政府工作报告\n一、2018年工作回顾\n全省经济平稳运行。\n二、2019年主要任务\n2019年是关键之年。过去一年，我们的各项工作取得了很大成绩。全省城镇新增就业61万人，居民收入增长8.1%。\n今年城镇新增就业要达到60万人以上。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	for _, f := range doc.Reports[0].Figures {
		switch f.Raw {
		case "61", "8.1":
			if f.Year != 2018 || f.Kind != KindSummary {
				t.Errorf("%s: year %d kind %s; want 2018 summary", f.Raw, f.Year, f.Kind)
			}
		case "60":
			if f.Year != 2019 || f.Kind != KindPlan {
				t.Errorf("%s: year %d kind %s; want 2019 plan", f.Raw, f.Year, f.Kind)
			}
		}
	}
}

// A monthly report's "下月工作计划" plans the rest of its own year, not the
// next year; "本月工作总结" reviews it.
func TestNextMonthPlansOwnYear(t *testing.T) {
	text := "某区卫生健康委员会本月工作总结\n一、本月工作总结\n1、疫情防控。建立问题整改台账。\n二、下月工作计划\n1、疫情防控。继续做好督导工作。\n某区卫生健康委员会\n2022年1月28日\n"
	r := Parse("月报.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2022 || r.PlanYear != 2022 {
		t.Errorf("year %d plan year %d, want 2022 and 2022", r.Year, r.PlanYear)
	}
	for _, s := range r.Sections {
		if s.Kind == KindPlan && s.Year != 2022 {
			t.Errorf("%s: plan of %d", s.PathString(), s.Year)
		}
	}
}

// A title may open with its year and no 年 ("2022圆满收官"); a run-in
// heading that says its tasks were done ("重点工作任务全面完成") reviews,
// while "确保…圆满完成" still plans.
func TestBareTitleYearAndCompletedTasks(t *testing.T) {
	text := "2022圆满收官\n1、持之以恒补短板,疫情防控工作有力有序。累计开展核酸检测120万人次。\n" +
		"2、攻坚克难推项目、抓创建,重点工作任务全面完成。顺利通过省级示范区复审。\n"
	r := Parse("总结.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2022 {
		t.Errorf("year %d", r.Year)
	}
	for _, s := range r.Sections {
		if s.Kind != KindSummary {
			t.Errorf("%s: %s, want summary", s.PathString(), s.Kind)
		}
	}
	if k, _ := kindWords("抓好适宜技术工作,确保各项目标任务的圆满完成"); k == KindSummary {
		t.Errorf("确保…圆满完成 read as %s", k)
	}
}

// "一是强化重点工作信息公开" under a year's review names work done: 重点工作
// modifies 信息公开 there, and heads no plan.
func TestKeyWorkAsModifier(t *testing.T) {
	text := "某市卫健委2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n" +
		"2024年,全年共主动公开政府信息222条。一是强化重点工作信息公开。发布工作动态信息58条,规划计划2条。\n二、下一步工作打算\n继续做好信息公开。\n"
	r := Parse("年报.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Value == 58 && (f.Kind != KindSummary || f.Year != 2024) {
			t.Errorf("58条: %s %d, want 2024's summary", f.Kind, f.Year)
		}
	}
	if k, _ := kindWords("二、2025年重点工作"); k != KindPlan {
		t.Errorf("重点工作 heading read as %s", k)
	}
	// "二是围绕重点工作,做好信息发布": what the work done centred on.
	text = "某省卫生健康委员会2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开方面\n" +
		"一是立足依法依规,公开部门文件。及时公开本委文件126件。二是围绕重点工作,做好信息发布。网站发布信息9762条。\n"
	r = Parse("年报.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Value == 9762 && (f.Kind != KindSummary || f.Year != 2023) {
			t.Errorf("9762条: %s %d, want 2023's summary", f.Kind, f.Year)
		}
	}
}

// News of a bureau's yearly conference titled with the bureau first and a
// kind word in its name ("…卫生健康委2025年度目标管理工作会议召开") reviews the
// year before: its results are that year's, its tasks the conference's.
func TestBureauConferenceTitle(t *testing.T) {
	text := "某县卫生健康委2025年度目标管理工作会议召开\n2025-2-20 来源:某报\n" +
		"2月18日上午,某县卫生健康委2025年度目标管理工作会议召开。会议总结了2024年全县卫生健康工作,安排部署2025年重点任务。\n" +
		"会议指出,2024年全县卫健系统多项业务工作实现了新的突破。其中,县人民医院完成三级医院创建;4家乡镇卫生院完成标准化中医馆验收。\n"
	r := Parse("会议.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2024 || r.PlanYear != 2025 {
		t.Errorf("year %d plan year %d, want 2024 and 2025", r.Year, r.PlanYear)
	}
	for _, f := range r.Figures {
		if f.Value == 4 && (f.Kind != KindSummary || f.Year != 2024) {
			t.Errorf("4家: %s %d, want 2024's result", f.Kind, f.Year)
		}
	}
}

// The bureau that holds the conference may come first with 召开, under a
// column name a page puts above it ("综合热点"), which is no title.
func TestBureauHoldsConferenceTitle(t *testing.T) {
	text := "综合热点\n凤庆县卫生健康局召开2023年卫生健康工作会议\n近日,县卫生健康局召开2023年卫生健康工作会议。会议全面总结了2022年全县卫生健康工作,安排部署了2023年重点工作任务。\n" +
		"会议要求,要压实责任,盯紧目标,实现各项指标一季度开门红。\n"
	r := Parse("会议.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "凤庆县卫生健康局召开2023年卫生健康工作会议" {
		t.Errorf("title %q", r.Title)
	}
	if r.Year != 2022 || r.PlanYear != 2023 {
		t.Errorf("year %d plan year %d, want 2022 and 2023", r.Year, r.PlanYear)
	}
}

// A strong word of work done beats a weak word of work set after it: a
// task completed is a summary.
func TestCompletedTaskIsASummary(t *testing.T) {
	for title, want := range map[string]Kind{
		"丰县圆满完成2020年国家“双随机”卫生监督抽检任务": KindSummary,
		"2021年卫生监督抽检任务":              KindPlan,
		"2023年我国卫生健康事业发展统计公报（要点转载）":  KindSummary, // a bulletin's 要点 are no plan
	} {
		if got, _ := kindWords(title); got != want {
			t.Errorf("kindWords(%q) = %q, want %q", title, got, want)
		}
	}
}

// News of the year's work conference reviews the year before; once a
// sentence opens this year's work ("今年,市卫健委还将…"), the paragraph's
// later figures with no time of their own are this year's plan.
func TestConferenceThisYearOpensThePlan(t *testing.T) {
	text := "某市2024年卫生健康工作会议:今年进一步推进优质医疗资源扩容\n" +
		"记者从日前召开的2024年本市卫生健康工作会议上了解到,今年市卫健委进一步推进优质医疗资源扩容。\n" +
		"继今年1月市胸科医院新院区正式开诊,今年,市卫健委还将推进2个国家级医学中心项目建设。重点推动12个市级重点建设项目,实现市人民医院扩建三期等4个项目竣工并交付使用。\n"
	r := Parse("会议.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if (f.Value == 12 || f.Value == 4) && (f.Kind != KindPlan || f.Year != 2024) {
			t.Errorf("%s: %s %d, want 2024's plan", f.Raw, f.Kind, f.Year)
		}
	}
}

// News of a work conference whose name has no year, its lead reviewing one
// year and planning the next ("全面总结2024年工作成效,系统部署2025年重点任
// 务"): the tasks it sets out ("会议明确…") are the next year's.
func TestConferenceLeadReviewThenPlan(t *testing.T) {
	text := "某区召开全区卫生健康工作会议\n3月13日上午,某区公共事业部组织召开全区卫生健康工作会议,全面总结2024年工作成效,系统部署2025年重点任务。\n" +
		"会议明确八大核心任务,布局优化:加速儿童医院等项目建设,推动3家区域医疗中心投用;民生护航:构建15分钟托育圈。\n"
	r := Parse("会议.txt", text, Meta{}, Options{}).Reports[0]
	if r.PlanYear != 2025 {
		t.Errorf("plan year %d, want 2025", r.PlanYear)
	}
	for _, f := range r.Figures {
		if f.Value == 3 && (f.Kind != KindPlan || f.Year != 2025) {
			t.Errorf("3家: %s %d, want 2025's plan", f.Kind, f.Year)
		}
	}
}

// A health institution's own work conference early in a year ("某县中医院
// 2025年工作会议暨…职工代表大会") reviews the year before: 过去一年 is 2024.
func TestInstitutionConferenceTitle(t *testing.T) {
	text := "某县中医院2025年工作会议暨第四届三次职工代表大会\n2025年4月9日下午,某县中医院2025年工作会议在院八楼会议室召开。\n过去一年,医院医疗业务总量增长3.1%,门急诊人次增长8.5%。\n"
	r := Parse("会议.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2024 || r.PlanYear != 2025 {
		t.Errorf("year %d plan year %d, want 2024 and 2025", r.Year, r.PlanYear)
	}
	for _, f := range r.Figures {
		if f.Value == 8.5 && (f.Kind != KindSummary || f.Year != 2024) {
			t.Errorf("8.5%%: %s %d, want 2024's summary", f.Kind, f.Year)
		}
	}
}

// A title holding a year's results and the next year's plan ("2023年工作
// 成效及2024年工作打算") is read as a summary first, as "工作总结和…计划"
// is: its text with no heading of its own reports the year.
func TestResultsThenPlanTitleIsASummary(t *testing.T) {
	for title, want := range map[string]Kind{
		"富顺县卫生健康局2023年工作成效及2024年工作打算": KindSummary,
		"2023年工作完成情况和2024年工作计划":       KindSummary,
	} {
		if got, _ := kindWords(title); got != want {
			t.Errorf("kindWords(%q) = %q, want %q", title, got, want)
		}
	}
}
