package figures

import "testing"

// Items listed after what was done are done too ("我市已完成A 2804人,B
// 3142人" after the targets), back to a clause that sets a target.
func TestDoneListGoesOn(t *testing.T) {
	s := "省级分配给我市孕产妇免费产前筛查目标数为2300人,新生儿先心病免费筛查目标数2500人,我市已完成孕产妇免费产前筛查2804人,新生儿先心病免费筛查3142人,产前筛查经费纳入政府财政预算。"
	for raw, target := range map[string]bool{"2300": true, "2500": true, "2804": false, "3142": false} {
		if f := figureOf(t, s, raw); f.Target != target {
			t.Errorf("%s = %s: target %v, want %v", f.Label, raw, f.Target, target)
		}
	}
	// A target set after what was done claims what follows it.
	if f := figureOf(t, "已完成筛查2804人,明年目标任务数为3000人,新生儿筛查3200人。", "3200"); !f.Target {
		t.Errorf("3200 after a new target: not a target")
	}
}
