package bot_test

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
)

// A total over several years ("过去五年累计新增…") is the period's figure:
// it never answers for one year, and answers a question about the period
// with the period's years (made-up report).
var fiveYearReview = map[string]string{
	"某省2026年政府工作报告.txt": "2026年某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n" +
		"过去五年，全省累计新增养老床位5万张，人均预期寿命提高到79岁。\n2025年，全省新增养老床位8000张。\n",
}

func TestPeriodTotalIsNotOneYears(t *testing.T) {
	b := botOver(t, fiveYearReview)
	a := ask(t, b, nil, "某省2025年新增了多少张养老床位？")
	if !strings.Contains(a.Text, "8000张") || strings.Contains(a.Text, "5万张") {
		t.Errorf("one year's figure asked, the five-year total given or mixed in: %s", a.Text)
	}
	a = ask(t, b, nil, "某省“十四五”时期一共新增了多少张养老床位？")
	if !strings.Contains(a.Text, "5万张") || !strings.Contains(a.Text, "2021—2025年") {
		t.Errorf("the period's total should answer with its years: %s", a.Text)
	}
}

func TestTrendLeavesOutPeriodTotals(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2026年政府工作报告.txt": "2026年某省政府工作报告\n一、2025年和“十四五”时期工作回顾\n" +
			"过去五年，全省累计新增养老床位36000张。2025年，全省新增养老床位8000张。\n",
		"某省2025年政府工作报告.txt": "2025年某省政府工作报告\n一、2024年工作回顾\n2024年，全省新增养老床位7000张。\n",
	})
	a := ask(t, b, nil, "某省这几年新增养老床位的变化趋势？")
	if !strings.Contains(a.Text, "8000张") || !strings.Contains(a.Text, "7000张") {
		t.Fatalf("trend lacks the yearly figures: %s", a.Text)
	}
	if strings.Contains(a.Text, "36000张") {
		t.Errorf("a five-year total stands in a year's row of the trend: %s", a.Text)
	}
}

// "这几年一共建成多少个" with only a period's total in the reports is
// answered with that total, not an empty table.
func TestTrendOfOnlyAPeriodTotal(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2026年政府工作报告.txt": "2026年某省政府工作报告\n一、“十四五”时期工作回顾\n五年来，全省建成125个县域医共体，实现急危重症救治中心全覆盖。\n",
	})
	a := ask(t, b, nil, "某省十四五这几年一共建成了多少个县域医共体？")
	if !strings.Contains(a.Text, "125个") || !strings.Contains(a.Text, "2021—2025年") {
		t.Errorf("answer should give the period's total with its years: %s", a.Text)
	}
}

// A yearbook table's trend lines up the measure asked, not its parts
// ("其中注册护士"), over the years the question names.
func TestTrendOfATableKeepsTheMeasureAndTheYearsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"yearbook.txt": "卫生基本情况(2006—2010年) | ||\n年 份 |\n卫生技术人员数 (人) |\n# 注册护士 |\n||\n" +
			"2006 | 6225 | 2003 |\n2007 | 6390 | 2133 |\n2008 | 6511 | 2196 |\n2009 | 6756 | 2308 |\n2010 | 7004 | 2419 |\n",
	})
	a := ask(t, b, nil, "2008年到2010年卫生技术人员数的变化")
	if a.Intent != bot.IntentTrend {
		t.Fatalf("intent %s:\n%s", a.Intent, a.Text)
	}
	for _, want := range []string{"| 2008 |", "6511人", "| 2010 |", "7004人"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("trend lacks %s:\n%s", want, a.Text)
		}
	}
	for _, bad := range []string{"2196", "2419", "| 2006 |", "6225"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("trend holds %s (a part or a year not asked):\n%s", bad, a.Text)
		}
	}
}

// A question that narrows an indicator to a kind ("农村孕产妇死亡率") is
// answered by the figure of that kind, with the whole left out, and a run-in
// heading does not keep the paragraph's year from its later sentences.
func TestAskedModifierPicksTheKind(t *testing.T) {
	b := botOver(t, map[string]string{
		"妇幼.txt": "某省妇幼卫生保健情况\n孕产妇死亡率。据监测地区统计，2005年全省孕产妇死亡率为41.2/10万。城市孕产妇死亡率为22.0/10万，农村孕产妇死亡率为50.4/10万。\n",
	})
	for _, q := range []string{"某省2005年农村孕产妇死亡率是多少？", "某省2005年农村的孕产妇死亡率是多少？"} {
		a := ask(t, b, nil, q)
		if !strings.Contains(a.Text, "50.4/10万") || strings.Contains(a.Text, "41.2") || strings.Contains(a.Text, "22.0") {
			t.Errorf("%s: want the rural rate alone:\n%s", q, a.Text)
		}
	}
	a := ask(t, b, nil, "某省2005年孕产妇死亡率是多少？")
	if !strings.Contains(a.Text, "41.2/10万") {
		t.Errorf("want the whole rate:\n%s", a.Text)
	}
}

// A document that writes no year at all answers a question naming years
// when nothing else does, said to be undated; a question asking one total
// over the years ("这几年一共…") is no trend.
func TestUndatedDocumentAnswersAYearQuestion(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "某县中医药工作获表彰\n近5年来，某县累计投入中医药专项资金6200多万元，建成乡镇卫生院中医馆12家。\n",
	})
	a := ask(t, b, nil, "某县2021年中医药专项资金投入了多少？")
	if !strings.Contains(a.Text, "6200多万元") || !strings.Contains(a.Text, "没有写明年份") {
		t.Errorf("want the undated figure, said to be undated:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某县这几年在中医药上一共投入了多少资金？")
	if a.Intent != bot.IntentFigure || !strings.Contains(a.Text, "6200多万元") {
		t.Errorf("want the total as a figure (%s):\n%s", a.Intent, a.Text)
	}
}

// The unit asked picks, among the indicators a question's words name, the
// one counted in it: "门急诊一共看了多少人次" is no count of institutions.
func TestAskedUnitPicksTheIndicator(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某区卫生健康局2022年工作报告\n目前，全区共有医疗机构787间。全系统各类型医疗机构门急诊总诊疗量1213.65万人次。\n",
	})
	a := ask(t, b, nil, "某区2022年各类医疗机构门急诊一共看了多少人次？")
	if !strings.Contains(a.Text, "1213.65万人次") || strings.Contains(a.Text, "787") {
		t.Errorf("want the visits:\n%s", a.Text)
	}
}

// A kind the question names that no figure has ("乙脑疫苗接种率" where the
// documents give all vaccines') is said to be missing before the nearest
// figure is offered.
func TestAskedKindMissingIsSaid(t *testing.T) {
	b := botOver(t, map[string]string{
		"免疫.txt": "某县2024年国家免疫规划工作落实情况\n全县适龄儿童免疫规划疫苗接种率达到96%。\n",
	})
	a := ask(t, b, nil, "某县2024年乙脑疫苗接种率多少？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(a.Text, "乙脑") {
		t.Errorf("want the kind said missing first:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某县2024年疫苗接种率多少？")
	if strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(a.Text, "96%") {
		t.Errorf("want the rate:\n%s", a.Text)
	}
}

// A document named by the measure it is about ("…人均预期寿命提升行动计划
// 里") keeps that measure in the question: the rest asks only its target.
func TestNamedDocumentHoldsTheMeasure(t *testing.T) {
	b := botOver(t, map[string]string{
		"plan.txt":  "某省着力提升人均预期寿命\n行动计划提出，2023年全省人均预期寿命达到80岁，2025年全省人均预期寿命达到81岁。\n",
		"other.txt": "某省卫生健康工作要点\n2025年全省婴儿死亡率控制在5‰以下。\n",
	})
	a := ask(t, b, nil, "某省人均预期寿命提升行动计划里，2025年要达到多少岁？")
	if !strings.Contains(a.Text, "81岁") {
		t.Errorf("want the 2025 target:\n%s", a.Text)
	}
}

// "X都有哪些，各多少" is answered by the sentence that lists X's items
// after its name and a colon.
func TestRunInListAnswersEachAmount(t *testing.T) {
	b := botOver(t, map[string]string{
		"简报.txt": "2019年某省医疗卫生资源简报\n截止2019年底，全省专业公共卫生机构1046个。\n专业公共卫生机构：妇幼保健机构130个、疾病预防控制机构134个、卫生监督机构189个。\n",
	})
	a := ask(t, b, nil, "某省2019年专业公共卫生机构都有哪些，各多少家？")
	for _, want := range []string{"妇幼保健机构130个", "疾病预防控制机构134个", "卫生监督机构189个"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %s:\n%s", want, a.Text)
		}
	}
}

// A verb before the indicator's name ("上医院看门诊急诊") names no kind of it:
// the figure is the answer, not "no figure of that kind".
func TestVerbBeforeIndicatorIsNoModifier(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2022年工作报告.txt": "某区卫生健康局2022年工作报告\n一、主要工作\n全系统共有医务人员1.86万人,各类型医疗机构门急诊总诊疗量1213.65万人次,与2021年度持平。\n",
	})
	a := ask(t, b, nil, "某区2022年上医院看门诊急诊的一共多少人次？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(a.Text, "1213.65万人次") {
		t.Errorf("want 1213.65万人次 as the answer:\n%s", a.Text)
	}
}

// "实际" asks the actual figure, not a kind of the measure: where only a
// target is given, the answer says so, with no word of a kind missing; of
// a share paid back, 实际 is a kind (实际报销比例) and is said missing
// (made-up notices).
func TestActualAskedIsNoKind(t *testing.T) {
	b := botOver(t, map[string]string{
		"tongzhi.txt": "某省关于加强全科医生队伍建设的通知\n力争到2025年达到城乡每万名居民拥有3.2名合格的全科医生的目标。\n",
		"yibao.txt":   "某市2024年医疗保障工作总结\n2024年全市职工医保政策范围内住院费用报销比例达到85%。\n",
	})
	a := ask(t, b, nil, "某省眼下实际每万人有几个全科医生？")
	if strings.Contains(a.Text, "没有分出") || !strings.Contains(a.Text, "只有计划目标") {
		t.Errorf("want only the target said, no kind missing:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某市2024年职工医保实际住院费用报销比例是多少？")
	if !strings.Contains(a.Text, "没有分出实际") {
		t.Errorf("want 实际 said missing of the reimbursement share:\n%s", a.Text)
	}
}

// A lay word the label holds itself ("学生", which stands for 青少年) asks
// no official term of the label: "学生里有点偏胖的占多大比例" is answered by
// 学生超重率 (made-up survey).
func TestLayWordTheLabelHolds(t *testing.T) {
	b := botOver(t, map[string]string{
		"tizhi.txt": "某省2020年学生体质健康监测结果\n2020年学生超重率和肥胖率分别为17.5%和9.3%。\n",
	})
	if first := firstLine(ask(t, b, nil, "某省2020年学生里有点偏胖、还够不上肥胖的占多大比例？").Text); !strings.Contains(first, "17.5%") {
		t.Errorf("want the overweight share, 17.5%%: %s", first)
	}
}
