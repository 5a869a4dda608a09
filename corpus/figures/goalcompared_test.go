package figures

import "testing"

// A comparison verb whose value a goal noun follows ("超出40%的目标要求")
// gives the goal of the figure compared.
func TestGoalComparedAfterItsValue(t *testing.T) {
	f := figureOf(t, "新生儿听力筛查率为90.96%,超出80%的目标要求。", "80")
	if f.Label != "新生儿听力筛查率目标" || !f.Target {
		t.Errorf("80 labelled %q (target %v), want 新生儿听力筛查率目标, a target", f.Label, f.Target)
	}
}
