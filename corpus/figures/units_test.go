package figures

import "testing"

// Tasks counted in 单 ("抽查任务共494单") are a count.
func TestTasksCountedInDan(t *testing.T) {
	if f := figureOf(t, "国家“双随机,一公开”监督抽查任务共494单,完结率100%。", "494"); f.Unit != "单" {
		t.Errorf("494 in %q, want 单", f.Unit)
	}
}
