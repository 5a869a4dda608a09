package corpus

import (
	"strings"
	"testing"
)

// A change told over a span of years starts at the span's first year, or
// at the year before a five-year plan's span; its end, undated, is the
// span's last year, also when a speaker opens the sentence, the period
// carries its years in brackets and the text gives no year of its own
// (made-up texts).
func TestChangeOverASpanOfYears(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		startValue float64
		endValue   float64
	}{
		{"“十四五”国民健康规划\n规划指出，我国人民健康水平不断提高。2015年至2020年，人均预期寿命从76.34岁提高到77.93岁。\n", 2015, 2020, 76.34, 77.93},
		{"“十四五”国民健康规划公布\n据介绍,中国人均预期寿命在2015年至2020年,从76.34岁提高至77.93岁。\n", 2015, 2020, 76.34, 77.93},
		{"全省卫生健康工作回顾\n2016—2020年，全省人均预期寿命从77.0岁提高到78.2岁。\n", 2015, 2020, 77.0, 78.2},
		{"广东健康指标达高收入国家水平\n朱宏介绍，“十三五”(2016年至2020年)期间，广东居民人均预期寿命由2015年的77.1岁提高到78.4岁。\n", 2015, 2020, 77.1, 78.4},
		// The span opens the sentence; the change stands after a semicolon.
		{"某区卫生健康十年\n2012年至2021年,人均预期寿命从75.11岁增至78.06岁;孕产妇、婴儿死亡率分别从16.51/10万、5.65‰下降到8.8/10万和2.67‰。\n", 2012, 2021, 16.51, 8.8},
		{"广东省卫生健康“十四五”规划发布\n朱宏介绍，“十三五”(2016年至2020年)期间，广东居民人均预期寿命由2015年的77.1岁提高到78.4岁。\n", 2015, 2020, 77.1, 78.4},
	}
	for _, tt := range tests {
		years := map[float64]int{}
		for _, f := range Parse("t.txt", tt.text, Meta{}, Options{}).Reports[0].Figures {
			years[f.Value] = f.Year
		}
		if years[tt.startValue] != tt.start || years[tt.endValue] != tt.end {
			t.Errorf("%s: years by value %v, want %v from %d to %d", tt.text, years, tt.startValue, tt.start, tt.end)
		}
	}
}

// A sentence opening with 明年 in a review speaks of the year after, also
// when a period reviewed ("过去五年") was named before it and its first
// clause is long (made-up news).
func TestNextYearAfterAPeriodReviewed(t *testing.T) {
	text := "青禾区：提升就医条件\n2021-12-18 来源：都市报\n区政府工作报告指出，过去五年，医疗机构床位达到5300张，增加40%。\n\n" +
		"明年青禾区将建成投用区人民医院综合住院楼、街道卫生院等7个医疗卫生项目，新增床位2200张。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Value == 2200 && (f.Year != 2022 || f.Kind != KindPlan) {
			t.Errorf("新增床位 2200: year %d kind %s, want 2022 plan", f.Year, f.Kind)
		}
	}
}

// A year before a five-year plan's first, in a text on the plan that gives
// no year of its own, dates where the period before ended: an actual.
func TestYearBeforeThePlansIsAnActual(t *testing.T) {
	text := "青禾省“十四五”全民健康规划解读\n2020年全省婴儿死亡率、孕产妇死亡率分别为3.21‰、9.27/10万。到2025年，婴儿死亡率控制在5‰以下。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Year == 2020 && (f.Kind != KindSummary || f.Target) {
			t.Errorf("%s %v of 2020: kind %s target %v, want an actual", f.Label, f.Value, f.Kind, f.Target)
		}
		if f.Year == 2025 && !f.Target {
			t.Errorf("%s %v of 2025: want a target", f.Label, f.Value)
		}
	}
}

// A change measure written after a change between two dated levels, or
// after a span of years, runs over that span: "降幅达21%" of 743例 in 2019
// and 580例 in 2022 is 2019–2022's, "从2019年到2023年,…降幅达24.1%" is
// 2019–2023's; neither is the year the page was written.
func TestChangeMeasureOverItsSpan(t *testing.T) {
	text := "江苏职业病防治法宣传周启动\n2023-04-25 来源:新江苏\n" +
		"全省报告新发职业病人数从2019年的743例,下降到2022年的580例,降幅达21%。\n" +
		"从2019年到2023年,江苏报告新发职业病病例数降幅达24.1%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	hasFigures(t, strings.Join(figureYears(r), " "),
		"新发职业病人数降幅=21%@2019-2022/summary",
		"新发职业病病例数降幅=24.1%@2019-2023/summary")
}

// The level a sentence compares with, written after 较上年 and before the
// change from it ("…为6.49‰,较上年6.73‰下降了3.57%"), is the year before's
// level of the measure (made-up figures).
func TestLevelOfTheYearBefore(t *testing.T) {
	text := "某省妇幼健康指标发布\n发布时间:2019年06月26日\n2018年我省5岁以下儿童死亡率为6.49‰,较上年6.73‰下降了3.57%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	hasFigures(t, strings.Join(figureYears(r), " "), "5岁以下儿童死亡率=6.49‰@2018/summary", "5岁以下儿童死亡率=6.73‰@2017/summary")
}

// A span of days within one year opening a clause ("以2017年7月1日至2017年
// 12月31日…为基数测算,") dates the semicolon clauses after it, on a page of
// the next year (made-up figures).
func TestSpanOfDaysDatesTheClausesAfter(t *testing.T) {
	text := "某省免费筛查落实情况\n2018-04-21 21:23 来源:网络整理\n以2017年7月1日至2017年12月31日全省分娩活产数为基数测算,产前筛查覆盖率为46.67%;新生儿听力筛查率为90.96%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	hasFigures(t, strings.Join(figureYears(r), " "), "产前筛查覆盖率=46.67%@2017/summary", "新生儿听力筛查率=90.96%@2017/summary")
}

// "据悉" only says the news was learned: the period the clause after it
// opens ("“十四五”以来") dates the sentences of the paragraph (made-up
// news of January 2026).
func TestPeriodAfterNewsWord(t *testing.T) {
	text := "某县卫健系统举办庆元旦联欢晚会\n2026-01-06 来源：某日报\n近日，某县卫健系统举办联欢晚会。\n\n" +
		"据悉,“十四五”以来,某县卫健系统在县委的坚强领导下,各项工作硕果累累。期间累计投入4.7亿元推进44个重点项目落地见效。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Value == 4.7 && (f.Since != 2021 || f.Year != 2025) {
			t.Errorf("累计投入4.7亿元 dated %d–%d, want 2021–2025", f.Since, f.Year)
		}
	}
}
