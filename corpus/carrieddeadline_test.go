package corpus

import "testing"

// A plan for 2019–2030 sets goals for 2020 as well as for 2030: "到2020年,"
// dates the targets it opens, and those of the paragraphs after it that
// write no time of their own, until "到2030年," opens the next.
func TestPlanDeadlinesInsideItsPeriod(t *testing.T) {
	text := "鸡西市国民营养计划(2019—2030年)\n一、总体要求\n（二）主要目标。到2020年，营养工作体系逐步完善。\n" +
		"降低人群贫血率。孕妇贫血率下降至15%以下；老年人群贫血率下降至10%以下。\n" +
		"到2030年，营养法规标准体系更加健全。孕妇贫血率下降至10%以下。\n"
	r := Parse("f.txt", text, Meta{}, Options{}).Reports[0]
	type yk struct {
		year int
		kind Kind
	}
	want := map[string]yk{"15": {2020, KindPlan}, "10": {2020, KindPlan}}
	seen := map[string]bool{}
	for _, f := range r.Figures {
		if f.Label == "孕妇贫血率" && f.Raw == "10" {
			if f.Year != 2030 || f.Kind != KindPlan {
				t.Errorf("孕妇贫血率 10%%: %d %s, want 2030 plan", f.Year, f.Kind)
			}
			continue
		}
		if w, ok := want[f.Raw]; ok {
			seen[f.Raw] = true
			if f.Year != w.year || f.Kind != w.kind {
				t.Errorf("%s %s: %d %s, want %d %s", f.Label, f.Raw, f.Year, f.Kind, w.year, w.kind)
			}
		}
	}
	if len(seen) != len(want) {
		t.Errorf("figures found %v of %v: %v", seen, want, r.Figures)
	}
}
