package understand

import "testing"

func TestAsksStart(t *testing.T) {
	for q, want := range map[string]bool{
		"千人口床位数以前是多少？":                 true,
		"天津十三五刚开始那会儿，每千人口执业（助理）医师是多少？": true,
		"规划初期床位有多少？":                   true,
		"过去一年新增了多少床位？":                 false,
		"十三五末每千人口执业医师是多少？":             false,
	} {
		if got := AsksStart(q); got != want {
			t.Errorf("AsksStart(%q) = %v", q, got)
		}
	}
}
