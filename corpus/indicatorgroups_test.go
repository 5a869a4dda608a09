package corpus

import (
	"strings"
	"testing"
)

// A programme's indicator table saved one cell a line, its rows in groups
// ("(一)" and a group's name), notes between rows ("说明:…"), rows with no
// values (倡导性) and rows whose blank base cell the page dropped: every
// target is read with its column's year, the base level as an actual of no
// stated year, and the groups' marks open no part of the text (made-up
// table).
func TestIndicatorTableWithGroupsAndNotes(t *testing.T) {
	text := "云溪健康行动(2019—2030年)\n\n发布于: 转发:0回复:0喜欢:0\n\n二、主要指标\n\n领域\n\n序号\n\n指标\n\n基期水平\n\n2022年目标值\n\n2030年目标值\n\n指标性质\n\n" +
		" (一)\n\n健康知识普及行动\n\n结果性指标\n\n1\n\n居民健康素养水平(%)\n\n14.18\n\n≥22\n\n≥30\n\n预期性\n\n" +
		"说明:健康素养水平是指具备健康素养的人在监测总人群中所占的比例。\n\n个人和社会倡导性指标\n\n2\n\n个人定期记录身心健康状况\n\n倡导性\n\n" +
		"3\n\n中医医院设置治未病科室比例(%)\n\n90\n\n100\n\n预期性\n\n (二)\n\n合理膳食行动\n\n结果性指标\n\n4\n\n成人肥胖增长率(%)\n\n5.3\n\n持续减缓\n\n预期性\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Kind != KindPlan {
		t.Errorf("kind %s, want plan (a programme over 2019—2030)", r.Kind)
	}
	for _, s := range r.Sections {
		if s.Number != "" && strings.Contains(s.Number, "一)") {
			t.Errorf("a group's mark opened a part: %q %q", s.Number, s.Heading)
		}
	}
	type fig struct {
		year int
		kind Kind
	}
	want := map[string]fig{"14.18": {0, KindSummary}, "22": {2022, KindPlan}, "30": {2030, KindPlan}, "90": {2022, KindPlan}, "100": {2030, KindPlan}}
	for _, f := range r.Figures {
		if f.Raw == "0" {
			t.Errorf("a post's counter became a figure: %s", f.Label)
		}
		w, ok := want[f.Raw]
		if !ok || !strings.HasPrefix(f.Label, "居民健康素养水平") && !strings.HasPrefix(f.Label, "中医医院设置治未病科室比例") {
			continue
		}
		if f.Year != w.year || f.Kind != w.kind {
			t.Errorf("%s %s: %d %s, want %d %s", f.Label, f.Raw, f.Year, f.Kind, w.year, w.kind)
		}
		delete(want, f.Raw)
	}
	if len(want) > 0 {
		t.Errorf("figures not read: %v", want)
	}
}
