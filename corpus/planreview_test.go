package corpus

import "testing"

// A five-year plan reviews the period before it under a heading of its
// own ("第一章 发展成就"): the figures there are what the past period
// reached, not the plan's targets; a year in brackets after one value
// ("(2019年数据)") dates that value only.
func TestPlanReviewChapter(t *testing.T) {
	text := "某某自治区卫生健康事业“十四五”发展规划\n第一章 发展成就\n第一节 主要成效\n" +
		"“十三五”期间,居民健康素养水平由2015年7.5%提升到2020年16.7%。人均预期寿命由73.35岁增长到74.70岁(2019年数据);孕产妇死亡率由39.68/10万降至17.89/10万。\n" +
		"——重大疾病防控工作成效明显。肺结核报告发病率下降至118.35/10万。\n" +
		"第二章 总体要求\n第一节 主要目标\n到2025年,人均预期寿命达到75.5岁。\n"
	r := Parse("规划.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = itoaYear(f.Year) + " " + string(f.Kind)
	}
	for raw, want := range map[string]string{"74.70": "2019 summary", "17.89": "2020 summary", "118.35": "2020 summary", "75.5": "2025 plan"} {
		if got[raw] != want {
			t.Errorf("%s: %q, want %q (all %v)", raw, got[raw], want, got)
		}
	}
}

// A plan's first part evaluating the period before it ("总体评估") reports
// what was reached, whatever the plan's own kind.
func TestPlanEvaluationChapter(t *testing.T) {
	text := "沈阳市“十四五”卫生健康事业发展规划\n一、“十三五”时期卫生健康事业发展总体评估\n(一)居民健康状况达到较高水平\n" +
		"“十三五”以来,全市人均预期寿命从2015年的79.87岁提高到2020年的80.94岁,婴儿死亡率从2015年的3.91‰降低至2020年的2.11‰。\n" +
		"二、总体要求\n(一)主要目标\n到2025年,人均预期寿命达到81.5岁。\n"
	r := Parse("规划.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = itoaYear(f.Year) + " " + string(f.Kind)
	}
	for raw, want := range map[string]string{"80.94": "2020 summary", "2.11": "2020 summary", "81.5": "2025 plan"} {
		if got[raw] != want {
			t.Errorf("%s: %q, want %q (all %v)", raw, got[raw], want, got)
		}
	}
}
