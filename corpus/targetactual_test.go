package corpus

import "testing"

// A performance self-assessment gives each indicator's target, then its
// actual value: the second figure of a row is what was done.
func TestFormRowsGiveTargetThenActual(t *testing.T) {
	text := "稷山县项目支出绩效自评表（2021年度）\n" +
		"一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分\n" +
		"指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 指标15:老年人体检数 5662人 4044人 2 1.4\n"
	r := Parse("f.txt", text, Meta{}, Options{}).Reports[0]
	type kv struct {
		raw  string
		kind Kind
	}
	want := map[string][]kv{
		"适龄儿童疫苗接种率": {{"100.00", KindPlan}, {"97.30", KindSummary}},
		"老年人体检数":    {{"5662", KindPlan}, {"4044", KindSummary}},
	}
	got := map[string][]kv{}
	for _, f := range r.Figures {
		if _, ok := want[f.Label]; ok {
			got[f.Label] = append(got[f.Label], kv{f.Raw, f.Kind})
		}
	}
	for label, w := range want {
		g := got[label]
		if len(g) != len(w) || g[0] != w[0] || g[1] != w[1] {
			t.Errorf("%s: %v, want %v", label, g, w)
		}
	}
	// The same row without the form's columns: no kind is read from the order.
	plain := Parse("p.txt", "2021年工作总结\n适龄儿童疫苗接种率 100.00% 97.30%\n", Meta{}, Options{}).Reports[0]
	for _, f := range plain.Figures {
		if f.Raw == "97.30" && f.Kind != KindSummary || f.Raw == "100.00" && f.Kind == KindPlan {
			t.Errorf("plain text: %s %s read as %s", f.Label, f.Raw, f.Kind)
		}
	}
}
