package figures

import "testing"

// Patterns found by hand-checking a random sample of figures from real
// provincial reports (sentences reworded for the tests).
func TestExtractAchievedGoalsAndNames(t *testing.T) {
	runCases(t, []extractCase{
		{"achieved goal is no goal", "节能降碳超额完成省定考核目标，单位产值用水量下降18%。", []want{
			{label: "单位产值用水量", raw: "18", value: 18, unit: "%", qual: "下降"},
		}},
		{"programme named 计划 is no goal", "深入实施青年英才计划，新增高层次人才12人。", []want{
			{label: "新增高层次人才", raw: "12", value: 12, unit: "人"},
		}},
		{"planned 计划 stays a goal", "今年计划新建社区卫生服务站6个。", []want{
			{label: "~社区卫生服务站", raw: "6", value: 6, unit: "个", target: true},
		}},
		{"分别 never in a label", "门诊人次、出院人次分别完成年计划的103.5%、98.2%。", []want{
			{label: "门诊人次完成年计划", raw: "103.5", value: 103.5, unit: "%"},
			{label: "出院人次完成年计划", raw: "98.2", value: 98.2, unit: "%"},
		}},
		{"adverb before a change", "社会办医投资逆势增长6.4%。", []want{
			{label: "社会办医投资", raw: "6.4", value: 6.4, unit: "%", qual: "增长"},
		}},
		{"level crossed", "卫生总费用跨越300亿元。", []want{
			{label: "卫生总费用", raw: "300", value: 300, unit: "亿元"},
		}},
	})
}

func TestExtractExamplesBeforeCount(t *testing.T) {
	runCases(t, []extractCase{
		{"examples name the kind", "深入开展控烟限酒、合理膳食和心理健康等3个专项行动。", []want{
			{label: "心理健康等专项行动", raw: "3", value: 3, unit: "个"},
		}},
	})
}

func TestExtractMinutesCircleIsAName(t *testing.T) {
	for _, s := range []string{
		"完善城区15分钟健康服务圈功能",
		"构建30分钟急救圈",
	} {
		if got := Extract(s); len(got) != 0 {
			t.Errorf("%q: want no figures, got\n%s", s, dump(s, got))
		}
	}
	s := "建成15分钟健康服务圈42个，院前急救平均反应时间缩短到12分钟。"
	checkFigures(t, s, Extract(s), []want{
		{label: "~健康服务圈", raw: "42", value: 42, unit: "个"},
		{label: "~院前急救平均反应时间", raw: "12", value: 12, unit: "分钟"},
	})
}

func TestExtractListSubjectInClauseBefore(t *testing.T) {
	runCases(t, []extractCase{
		{"subjects before the comma", "孕产妇死亡率、婴儿死亡率和5岁以下儿童死亡率持续下降，分别降至12.5/10万、4.1‰、5.9‰。", []want{
			{label: "孕产妇死亡率", raw: "12.5", value: 12.5, unit: "/10万"},
			{label: "婴儿死亡率", raw: "4.1", value: 4.1, unit: "‰"},
			{label: "5岁以下儿童死亡率", raw: "5.9", value: 5.9, unit: "‰"},
		}},
	})
}

func TestExtractRateNamedOnceForAList(t *testing.T) {
	runCases(t, []extractCase{
		{"rate after the last item", "新生儿、婴儿和5岁以下儿童死亡率分别为1.1‰、2.2‰、3.3‰。", []want{
			{label: "新生儿死亡率", raw: "1.1", value: 1.1, unit: "‰"},
			{label: "婴儿死亡率", raw: "2.2", value: 2.2, unit: "‰"},
			{label: "5岁以下儿童死亡率", raw: "3.3", value: 3.3, unit: "‰"},
		}},
	})
}

func TestExtractYearEndListedWithAnotherYear(t *testing.T) {
	runCases(t, []extractCase{
		{"year end and a later year", "到2025年底和2030年，全区居民健康素养水平分别不低于26%和32%。", []want{
			{label: "居民健康素养水平", raw: "26", value: 26, unit: "%", qual: "不低于", year: 2025, target: true},
			{label: "居民健康素养水平", raw: "32", value: 32, unit: "%", year: 2030, target: true},
		}},
	})
}

func TestExtractParallelCountsShareSubject(t *testing.T) {
	runCases(t, []extractCase{
		{"level words side by side", "完成“双随机、一公开”国家任务310个、省级任务150个。", []want{
			{label: "双随机、一公开国家任务", raw: "310", value: 310, unit: "个"},
			{label: "双随机、一公开省级任务", raw: "150", value: 150, unit: "个"},
		}},
		{"no subject before the level", "全县有三级医院2家、二级医院7家。", []want{
			{label: "~三级医院", raw: "2", value: 2, unit: "家"},
			{label: "二级医院", raw: "7", value: 7, unit: "家"},
		}},
	})
}

func TestExtractCitedEditionYearDatesNothing(t *testing.T) {
	runCases(t, []extractCase{
		{"standard's year", "严格按照2017年《国家基本公共卫生服务规范(第三版)》执行，依靠全县15家乡镇卫生院。", []want{
			{label: "~乡镇卫生院", raw: "15", value: 15, unit: "家"},
		}},
		{"price base", "按2020年可比价计算，地区生产总值增长6.1%。", []want{
			{label: "地区生产总值", raw: "6.1", value: 6.1, unit: "%", qual: "增长"},
		}},
		{"a year that dates", "2017年依靠全县15家乡镇卫生院。", []want{
			{label: "~乡镇卫生院", raw: "15", value: 15, unit: "家", year: 2017},
		}},
	})
}

func TestExtractBreakdownAfterColonKeepsItsHead(t *testing.T) {
	runCases(t, []extractCase{
		{"causes of death", "农村地区5岁以下儿童死亡率25.7‰，主要死因构成：早产或低出生体重18.5%、出生窒息占13.8%。", []want{
			{label: "农村地区5岁以下儿童死亡率", raw: "25.7", value: 25.7, unit: "‰"},
			{label: "主要死因构成：早产或低出生体重", raw: "18.5", value: 18.5, unit: "%"},
			{label: "主要死因构成：出生窒息", raw: "13.8", value: 13.8, unit: "%"},
		}},
		{"a part list without a breakdown head", "全省医疗卫生机构5.39万个，其中：医院1631个、基层医疗卫生机构51064个。", []want{
			{label: "~医疗卫生机构", raw: "5.39", value: 5.39, unit: "万个"},
			{label: "医院", raw: "1631", value: 1631, unit: "个"},
			{label: "基层医疗卫生机构", raw: "51064", value: 51064, unit: "个"},
		}},
	})
}

func TestExtractPredicateNamingAGoalYear(t *testing.T) {
	s := "其中，7项指标达到2030年全省目标值，主要是婴儿死亡率。"
	got := Extract(s)
	if len(got) != 1 || got[0].Label != "指标达到2030年全省目标值" || got[0].Raw != "7" {
		t.Errorf("%q:\n%s", s, dump(s, got))
	}
}

func TestExtractTenthPlanEndAndPerHead(t *testing.T) {
	runCases(t, []extractCase{
		{"the tenth plan's end in quotes", "“十五”期末，全县共有医疗卫生机构149家。", []want{
			{label: "医疗卫生机构", raw: "149", value: 149, unit: "家", year: 2005},
		}},
		{"fifteen is a number", "十五末段共有医疗卫生机构149家。", []want{
			{label: "~医疗卫生机构", raw: "149", value: 149, unit: "家"},
		}},
		{"per head of the measure before", "拥有病床数425张，每千人口2.13张。", []want{
			{label: "拥有病床数", raw: "425", value: 425, unit: "张"},
			{label: "每千人口拥有病床数", raw: "2.13", value: 2.13, unit: "张"},
		}},
		{"per thousand, written short", "医生数284人，千人均1.42人。", []want{
			{label: "医生数", raw: "284", value: 284, unit: "人"},
			{label: "千人均医生数", raw: "1.42", value: 1.42, unit: "人"},
		}},
	})
}

// A count restructured from one number to another ("由162个整合为123个")
// is a change of what stands before 由, whatever the verb.
func TestExtractRestructuredCount(t *testing.T) {
	runCases(t, []extractCase{
		{"整合为", "开发区和工业园区由162个整合为123个。", []want{
			{label: "开发区和工业园区", raw: "162", value: 162, unit: "个", base: true},
			{label: "开发区和工业园区", raw: "123", value: 123, unit: "个"},
		}},
		{"调整为", "全县乡镇卫生院由45家调整为38家。", []want{
			{label: "乡镇卫生院", raw: "45", value: 45, unit: "家", base: true},
			{label: "乡镇卫生院", raw: "38", value: 38, unit: "家"},
		}},
		{"压减 as a change", "会议数量压减12.5%。", []want{
			{label: "会议数量", raw: "12.5", value: 12.5, unit: "%", qual: "压减"},
		}},
	})
}

// A list of numbers written with one unit at its end shares the unit, and
// the object after its last number is what each number counts.
func TestExtractListWithOneUnit(t *testing.T) {
	runCases(t, []extractCase{
		{"unit at the end", "高血压、糖尿病患者规范管理率分别提高1.5、2.3个百分点。", []want{
			{label: "高血压患者规范管理率", raw: "1.5", value: 1.5, unit: "个百分点", qual: "提高"},
			{label: "糖尿病患者规范管理率", raw: "2.3", value: 2.3, unit: "个百分点", qual: "提高"},
		}},
		{"object after the last number", "县医院、中医院分别新增3、5家分院。", []want{
			{label: "县医院新增分院", raw: "3", value: 3, unit: "家"},
			{label: "中医院新增分院", raw: "5", value: 5, unit: "家"},
		}},
		{"items joined by 和 share the measure", "城区和农村签约率分别提高15、22个百分点。", []want{
			{label: "城区签约率", raw: "15", value: 15, unit: "个百分点", qual: "提高"},
			{label: "农村签约率", raw: "22", value: 22, unit: "个百分点", qual: "提高"},
		}},
	})
}

// People counted after an attribute with 的 are the noun after it; a span
// of years after the object ("连续3年") is no part of it.
func TestExtractPeopleAfterAttributeAndSpan(t *testing.T) {
	runCases(t, []extractCase{
		{"attribute before people", "为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物。", []want{
			{label: "经济困难的严重精神障碍患者", raw: "5", value: 5, unit: "万名", qual: "不少于", target: true},
		}},
		{"的 before no people", "新增3万名医生的培训经费。", []want{
			{label: "新增医生", raw: "3", value: 3, unit: "万名"},
		}},
		{"span of years", "74个国控断面水质优良比例连续3年保持100%。", []want{
			{label: "国控断面水质优良比例", raw: "74", value: 74, unit: "个"},
			{label: "国控断面水质优良比例", raw: "100", value: 100, unit: "%"},
		}},
	})
}

// A figure the sentence says will be reached (还将, 将为, 将新增) is a goal,
// even in a summary; 将 before the thing moved (将12家医院纳入) sets none.
func TestExtractFutureIsAGoal(t *testing.T) {
	runCases(t, []extractCase{
		{"还将为", "今年还将为6.95万名适龄儿童接种疫苗。", []want{
			{label: "接种疫苗的适龄儿童", raw: "6.95", value: 6.95, unit: "万名", target: true},
		}},
		{"将新增", "年内将新增床位200张。", []want{
			{label: "~床位", raw: "200", value: 200, unit: "张", target: true},
		}},
		{"将 moving a thing", "将12家民营医院纳入医保定点。", []want{
			{label: "民营医院纳入医保定点", raw: "12", value: 12, unit: "家"},
		}},
	})
}

// A news dateline before the first figure ("…12月6日电 ") is no part of its
// label.
func TestExtractNewsDateline(t *testing.T) {
	runCases(t, []extractCase{
		{"dateline", "中新网重庆新闻12月6日电 健康细胞建设覆盖率100%。", []want{
			{label: "健康细胞建设覆盖率", raw: "100", value: 100, unit: "%"},
		}},
	})
}

// A fraction of days is a length of time ("平均住院日为8.25日"), never a
// date; a whole day of the month stays a date.
func TestExtractFractionOfDays(t *testing.T) {
	runCases(t, []extractCase{
		{"days", "医院出院患者平均住院日为8.25日。", []want{
			{label: "医院出院患者平均住院日", raw: "8.25", value: 8.25, unit: "日"},
		}},
		{"date", "3月15日召开全市卫生健康工作会议。", nil},
	})
}

// A part after 其中 takes the whole's measure of institutions, written once
// where the two overlap.
func TestExtractPartOfInstitutionMeasure(t *testing.T) {
	runCases(t, []extractCase{
		{"length of stay", "医院出院患者平均住院日为8.25日,其中公立医院为9.07日。", []want{
			{label: "医院出院患者平均住院日", raw: "8.25", value: 8.25, unit: "日"},
			{label: "公立医院平均住院日", raw: "9.07", value: 9.07, unit: "日"},
		}},
		{"rate overlapping the part", "医院病床使用率为80.2%,其中公立医院为85.1%。", []want{
			{label: "医院病床使用率", raw: "80.2", value: 80.2, unit: "%"},
			{label: "公立医院病床使用率", raw: "85.1", value: 85.1, unit: "%"},
		}},
	})
}

// A count of the things counted before, followed by what is said of them
// ("128家达到国家基本标准"), is named with it.
func TestExtractInheritedCountWithPredicate(t *testing.T) {
	runCases(t, []extractCase{
		{"predicates tell the counts apart", "全省129家县级综合医院,128家达到国家基本标准,其中110家达到推荐标准。", []want{
			{label: "县级综合医院", raw: "129", value: 129, unit: "家"},
			{label: "县级综合医院达到国家基本标准", raw: "128", value: 128, unit: "家"},
			{label: "县级综合医院达到推荐标准", raw: "110", value: 110, unit: "家"},
		}},
	})
}

// "X在Y中所占比重" is labelled as the indicators are named, "X占Y比重", so
// a long part keeps its name; in a list each part gets its own.
func TestExtractShareInWholeKeepsThePart(t *testing.T) {
	runCases(t, []extractCase{
		{"parts of a whole, respectively", "政府卫生支出、社会卫生支出、个人卫生支出在卫生总费用中所占比重分别为33.00%、38.49%、28.51%。", []want{
			{label: "政府卫生支出占卫生总费用比重", raw: "33.00", value: 33, unit: "%"},
			{label: "社会卫生支出占卫生总费用比重", raw: "38.49", value: 38.49, unit: "%"},
			{label: "个人卫生支出占卫生总费用比重", raw: "28.51", value: 28.51, unit: "%"},
		}},
		{"one part", "个人卫生支出在卫生总费用中的比重下降到27.5%。", []want{
			{label: "个人卫生支出占卫生总费用比重", raw: "27.5", value: 27.5, unit: "%"},
		}},
	})
}

// "目标任务为X" states a goal; "完成目标任务" and "占全年目标任务的" tell
// what was done; a status date closed by 止 after the goal ("至…止，完成
// 1444例") opens the results, and is no deadline.
func TestExtractGoalTaskAndStatusAsOf(t *testing.T) {
	runCases(t, []extractCase{
		{"a goal, then the status as of a date", "2020年全县新生儿耳聋基因筛查目标任务为1350人,通过分解目标任务,至2020年11月22日止,完成1444例,完成率106.9%。", []want{
			{label: "新生儿耳聋基因筛查目标任务", raw: "1350", value: 1350, unit: "人", year: 2020, target: true},
			{label: "完成", raw: "1444", value: 1444, unit: "例", year: 2020},
			{label: "完成率", raw: "106.9", value: 106.9, unit: "%", year: 2020},
		}},
		{"a target population stated, then what was done", "孕产妇免费产前筛查项目目标人群为600人,我区已完成孕产妇免费产前筛查共计712人。", []want{
			{label: "孕产妇免费产前筛查项目目标人群", raw: "600", value: 600, unit: "人", target: true},
			{label: "孕产妇免费产前筛查", raw: "712", value: 712, unit: "人"},
		}},
		{"a target population's size written straight after it", "免费新生儿筛查项目目标人群320人,我区免费新生儿筛查已完成351人。", []want{
			{label: "免费新生儿筛查项目目标人群", raw: "320", value: 320, unit: "人", target: true},
			{label: "免费新生儿筛查", raw: "351", value: 351, unit: "人"},
		}},
		{"a target population's coverage is no goal", "65岁以上老年人目标人群覆盖率达到70%。", []want{
			{label: "65岁以上老年人目标人群覆盖率", raw: "70", value: 70, unit: "%", qual: "达到"},
		}},
		{"goal met", "全面完成目标任务，新增床位100张。", []want{
			{label: "新增床位", raw: "100", value: 100, unit: "张"},
		}},
	})
}

// "规划计划" is a category of information disclosed, no goal: the counts
// after it in a disclosure report are results.
func TestExtractPlansAsACategory(t *testing.T) {
	runCases(t, []extractCase{
		{"categories of information", "主动公开政策解读102条,规划计划27条、行政执法366条。", []want{
			{label: "主动公开政策解读", raw: "102", value: 102, unit: "条"},
			{label: "规划计划", raw: "27", value: 27, unit: "条"},
			{label: "行政执法", raw: "366", value: 366, unit: "条"},
		}},
	})
}

// An item that names only a level ("、市级214个") counts what the item
// before counts after its own level.
func TestExtractLevelOnlyItem(t *testing.T) {
	runCases(t, []extractCase{
		{"a level after a level", "建成省级重点专科2个、市级19个。", []want{
			{label: "建成省级重点专科", raw: "2", value: 2, unit: "个"},
			{label: "建成市级重点专科", raw: "19", value: 19, unit: "个"},
		}},
	})
}

// Rates listed with 分别 after as many counts of different things take,
// in order, the thing each count counts.
func TestExtractRespectiveRatesOfCountedThings(t *testing.T) {
	runCases(t, []extractCase{
		{"rates of the things counted before", "全市有38家社区服务中心和194家乡镇卫生院通过了省级复评,达到了基本标准,达标率分别是90.4%和90.6%。", []want{
			{label: "社区服务中心通过了省级复评", raw: "38", value: 38, unit: "家"},
			{label: "乡镇卫生院通过了省级复评", raw: "194", value: 194, unit: "家"},
			{label: "社区服务中心达标率", raw: "90.4", value: 90.4, unit: "%"},
			{label: "乡镇卫生院达标率", raw: "90.6", value: 90.6, unit: "%"},
		}},
	})
}

// A performance review's pairs: the goal, then what was actually done, both
// under the goal's label; 颗 counts.
func TestExtractGoalThenActual(t *testing.T) {
	runCases(t, []extractCase{
		{"goal, then actual", "儿童窝沟封闭颗数2000颗,实际完成2021颗,局部用氟500人,实际完成509人。", []want{
			{label: "儿童窝沟封闭颗数", raw: "2000", value: 2000, unit: "颗", target: true},
			{label: "儿童窝沟封闭颗数", raw: "2021", value: 2021, unit: "颗"},
			{label: "局部用氟", raw: "500", value: 500, unit: "人", target: true},
			{label: "局部用氟", raw: "509", value: 509, unit: "人"},
		}},
	})
}

// A label cut to length keeps an age bracket's bound whole ("60周岁及以上"):
// 及 before 以上 joins no list.
func TestExtractAgeBoundKeptWhole(t *testing.T) {
	runCases(t, []extractCase{
		{"a share of an age bracket", "目前,安平60周岁及以上老人已超过12.6万,占全县总人口的21%以上。", []want{
			{label: "安平60周岁及以上老人", raw: "12.6", value: 12.6, unit: "万", qual: "超过"},
			{label: "安平60周岁及以上老人占全县总人口", raw: "21", value: 21, unit: "%", qual: "以上"},
		}},
	})
}

// What a counted set does defines it even when the predicate ends with
// 工作, which is left out to keep the label short.
func TestExtractPredicateWorkLeftOut(t *testing.T) {
	runCases(t, []extractCase{
		{"a predicate ending with 工作", "全市共186家基层医疗机构开展卒中救治单元建设工作。", []want{
			{label: "基层医疗机构开展卒中救治单元建设", raw: "186", value: 186, unit: "家"},
		}},
	})
}

// A number written before the target a higher level set ("省定目标") is
// that target, though the clause says it was met.
func TestExtractTargetSetAbove(t *testing.T) {
	runCases(t, []extractCase{
		{"the province's target", "全市31家卫生院达到推荐标准,圆满完成了24家的省定目标。", []want{
			{label: "卫生院达到推荐标准", raw: "31", value: 31, unit: "家"},
			{label: "完成省定目标", raw: "24", value: 24, unit: "家", target: true},
		}},
	})
}

// In text with its punctuation lost, the words after a count run into the
// next count: they are that one's label, and this count keeps the noun
// written before it.
func TestExtractCountsRunTogether(t *testing.T) {
	runCases(t, []extractCase{
		{"two counts, no punctuation", "全县共有乡镇卫生院14个村卫生室203个", []want{
			{label: "乡镇卫生院", raw: "14", value: 14, unit: "个"},
			{label: "村卫生室", raw: "203", value: 203, unit: "个"},
		}},
		{"an aside before the next count", "共建成国家卫生城市9个国家卫生县城(乡镇)61个", []want{
			{label: "建成国家卫生城市", raw: "9", value: 9, unit: "个"},
			{label: "国家卫生县城", raw: "61", value: 61, unit: "个"},
		}},
	})
}
