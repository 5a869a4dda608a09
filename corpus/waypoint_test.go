package corpus

import "testing"

// A page stamped day first ("18.02.2017  20:33") is dated by it; in its
// report of a plan to 2030, "到2020年…从2015年的73.25岁增长到74岁" is a step
// on the way (a target for 2020), not an actual of a year before the plan's.
func TestPlanWaypointIsATarget(t *testing.T) {
	text := "《“健康甘肃2030”规划》:人均预期寿命将达76岁\n\n18.02.2017  20:33\n\n《“健康甘肃2030”规划》出台\n\n我省人均预期寿命2030年提高到76岁\n\n" +
		"规划提出,到2020年全省居民人均预期寿命从2015年的73.25岁增长到74岁;到2030年,进一步增长到76岁。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Published != "2017-02-18" {
		t.Errorf("published %q, want 2017-02-18", r.Published)
	}
	for _, f := range r.Figures {
		if f.Raw == "74" && (f.Kind != KindPlan || f.Year != 2020) {
			t.Errorf("74岁: %s %d, want a plan for 2020", f.Kind, f.Year)
		}
	}
}
