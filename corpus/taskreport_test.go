package corpus

import "testing"

// A task line followed by its report ("完成情况：…"), past the line naming
// who is charged with it, sets targets: the report's figures are what was
// done (made-up 民生实事 report).
func TestTaskThenItsReport(t *testing.T) {
	text := "青禾市2024年民生实事完成情况\n一、市重点民生实事完成情况\n" +
		"1.开展职业技能培训，新增高技能人才3.5万人以上。\n责任单位：市人力资源和社会保障局\n完成情况：新增高技能人才3.8万人。\n" +
		"2.提升基层医疗服务能力，新建村卫生室20个。\n完成情况：新建村卫生室22个。\n" +
		"全年共投入资金1.2亿元。\n"
	want := map[float64]bool{3.5: true, 3.8: false, 20: true, 22: false, 1.2: false}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if target, ok := want[f.Value]; ok && f.Target != target {
			t.Errorf("%s %v: target %v, want %v", f.Label, f.Value, f.Target, target)
		}
	}
}

// A year inside a document's title in a semicolon list ("编制并发布了《…2022
// 年度政府信息公开工作报告》;") dates none of the clauses after it.
func TestYearOfATitleInAListDatesNothing(t *testing.T) {
	text := "青禾市卫生健康委2023年政府信息公开工作年度报告\n一、总体情况\n编制并发布了《青禾市卫生健康委2022年度政府信息公开工作报告》;完成了政务公开日工作;全年,主动公开政府信息18758条。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Value == 18758 && f.Year != 2023 {
			t.Errorf("18758条: year %d, want 2023", f.Year)
		}
	}
}

// "无上年度结转" says what the year before left to this one: it dates the
// section no year back (made-up disclosure report).
func TestCarriedOverDatesNothing(t *testing.T) {
	text := "青禾市卫生健康局2024年政府信息公开工作年度报告\n一、总体情况\n本年度我局受理依申请公开政府信息19条，无上年度结转。2024年因政府信息公开引起的行政复议1件。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Year != 2024 || f.Kind != KindSummary {
			t.Errorf("%s %v: year %d kind %s, want 2024 summary", f.Label, f.Value, f.Year, f.Kind)
		}
	}
}
