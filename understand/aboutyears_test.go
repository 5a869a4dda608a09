package understand

import (
	"testing"
	"time"
)

// "这十来年" is about ten years, not 来年 (next year); 来年 alone is.
func TestAboutSomeYearsIsNoNextYear(t *testing.T) {
	now := time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC)
	if f := Filters("广西这十来年人均预期寿命涨了多少？", now); len(f.Years) != 0 {
		t.Errorf("这十来年 filtered years %v", f.Years)
	}
	if f := Filters("来年计划新建几家社区医院？", now); len(f.Years) != 1 || f.Years[0] != 2023 {
		t.Errorf("来年 filtered years %v, want [2023]", f.Years)
	}
}
