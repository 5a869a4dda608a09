package bot

import "testing"

func TestAsksPeople(t *testing.T) {
	for topic, want := range map[string]bool{
		"住培在培的人 预计全年能到": true,
		"打了疫苗的人":        true,
		"看病的人次":         false,
		"每个人的人均费用":      false,
		"住院医师规范化培训补助":   false,
	} {
		if got := asksPeople(topic); got != want {
			t.Errorf("asksPeople(%q) = %v, want %v", topic, got, want)
		}
	}
	for unit, want := range map[string]bool{"元": true, "万元": true, "元/人": true, "人": false, "万人": false, "%": false} {
		if got := isMoney(unit); got != want {
			t.Errorf("isMoney(%q) = %v, want %v", unit, got, want)
		}
	}
}
