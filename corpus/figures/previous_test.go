package figures

import "testing"

// A target the level before is said to exceed ("占比99.3%,超额完成市定90%
// 的目标任务") is that measure's target.
func TestTargetCompletedOfPrevious(t *testing.T) {
	if f := figureOf(t, "已完成公有化产权转化272家,占比99.3%,超额完成市定90%的目标任务。", "90"); f.Label != "公有化产权转化占比目标" || !f.Target {
		t.Errorf("90%% labelled %q (target %v), want 公有化产权转化占比目标, a target", f.Label, f.Target)
	}
}
