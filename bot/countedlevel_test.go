package bot

import "testing"

func TestCountedLevelRelation(t *testing.T) {
	cases := []struct {
		counted, label string
		want           int
	}{
		{"县区", "县", 1},
		{"县区", "覆盖州市", -1},
		{"乡镇", "镇", 1},
		{"村", "行政村", 1},
		{"县区", "监测点", 0},  // no places counted by the label
		{"医院", "覆盖州市", 0}, // no places asked
		{"", "县", 0},
	}
	for _, c := range cases {
		if got := countedLevelRelation(c.counted, c.label); got != c.want {
			t.Errorf("countedLevelRelation(%q, %q) = %d, want %d", c.counted, c.label, got, c.want)
		}
	}
}
