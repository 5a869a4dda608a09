package corpus

import (
	"strings"
	"testing"
)

// A progress table one cell a line, its rows of unequal length: each bare
// percentage is its row's task's 完成率, not a "比例" of nothing.
func TestPercentColumnCells(t *testing.T) {
	cells := []string{
		"序号", "民生实事名称", "项目内容", "完成率(%)", "牵头单位",
		"1", "*医疗卫生", "为全县60岁以上老年人免费接种流感疫苗27758人。", "20%", "是,全省统一进度", "县卫健局",
		"2", "*医疗卫生", "为全县重点人群免费开展结直肠癌筛查16000人。", "40%", "县卫健局",
	}
	text := "某县民生实事项目半年度进度表\n发布日期:2024-08-28\n" + strings.Join(cells, "\n\n") + "\n"
	r := Parse("jindu.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw+f.Unit] = f.Label
	}
	if l := got["20%"]; !strings.Contains(l, "流感疫苗") || !strings.HasSuffix(l, "完成率") {
		t.Errorf("20%% labelled %q, want the flu vaccination's 完成率 (figures %v)", l, got)
	}
	if l := got["40%"]; !strings.Contains(l, "结直肠癌筛查") || !strings.HasSuffix(l, "完成率") {
		t.Errorf("40%% labelled %q, want the screening's 完成率", l)
	}
}

// A percentage alone on its line with no column of percentages above keeps
// its generic label.
func TestPercentCellWithoutPercentColumn(t *testing.T) {
	text := "某县工作总结\n一、基本情况\n全县签约率\n\n76%\n"
	r := Parse("zongjie.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Raw == "76" && strings.Contains(f.Label, "完成率") {
			t.Errorf("76%% labelled %q with no 完成率 column", f.Label)
		}
	}
}
