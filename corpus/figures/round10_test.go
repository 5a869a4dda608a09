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
		{label: "~院前急救平均反应时间", raw: "12", value: 12, unit: "分钟", qual: "缩短"},
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
