package understand

import "testing"

func TestAsksPlan(t *testing.T) {
	for q, want := range map[string]bool{
		"今年工作重点有哪几条？":        true,
		"重庆十三五人均预期寿命打算提几岁？":  true,
		"去年婚检是怎么做的？":         false,
		"不要目标值，实际做到多少？":      false,
		"计划免疫接种率是多少？":        false,
		"湖南今年还准备让几个县达到消除标准？": true, // 准备让: what is to be brought about
		"准备工作做得怎么样？":         false,
	} {
		if got := AsksPlan(q); got != want {
			t.Errorf("AsksPlan(%q) = %v", q, got)
		}
	}
}
