package corpus

import "testing"

// A target in brackets after a result is that measure's target, not a
// figure labelled 全年任务; a bracket saying more than the word is left.
func TestTargetsInAsides(t *testing.T) {
	text := "云溪县2023年卫生健康工作总结\n65岁及以上老年人健康管理45777人,健康管理服务率63.9%（全年任务62%）;" +
		"高血压患者规范管理率70.2%(目标任务65%)。孕产妇系统管理率92.5%（全年任务完成率95%）。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"62": "健康管理服务率", "65": "高血压患者规范管理率"}
	for _, f := range r.Figures {
		if l, ok := want[f.Raw]; ok {
			if f.Label != l || !f.Target {
				t.Errorf("%s: %q target=%v, want %q target", f.Raw, f.Label, f.Target, l)
			}
			delete(want, f.Raw)
		}
		if f.Raw == "95" && f.Label == "孕产妇系统管理率" {
			t.Errorf("a rate of completion read as the target: %+v", f)
		}
		if (f.Raw == "63.9" || f.Raw == "70.2") && f.Target {
			t.Errorf("result read as a target: %+v", f)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
