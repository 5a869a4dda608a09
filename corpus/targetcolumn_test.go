package corpus

import "testing"

// In a table of projects with a column of what was to be done and one of
// what was done, a figure of the first is its year's target, one of the
// second its actual; the row's number and bars are no part of a label.
func TestTargetColumn(t *testing.T) {
	text := "2022年度某市民生实事项目完成情况\n序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 |\n" +
		"2 | 新增托位1140个,普惠托位685个 | 新增托位1155个,其中新增普惠托位1155个。 | 超额完成 | 市卫健局 |\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]Kind{"1140": KindPlan, "685": KindPlan, "1155": KindSummary}
	for _, f := range r.Figures {
		if k, ok := want[f.Raw]; ok && (f.Kind != k || f.Target != (k == KindPlan)) {
			t.Errorf("%s = %s: %s target %v, want %s", f.Label, f.Raw, f.Kind, f.Target, k)
		}
		if f.Raw == "1140" && f.Label != "新增托位" {
			t.Errorf("label %q, want 新增托位", f.Label)
		}
	}
}
