package corpus

import (
	"maps"
	"slices"
	"testing"
)

// The ages a text names, a bound also as the top of its range.
func TestAgesNamed(t *testing.T) {
	for text, want := range map[string][]int{
		"14岁以下小孩":      {13, 14},
		"0-14岁儿童报告死亡率": {14},
		"65周岁以上老人":     {65},
		"7岁以下儿童":       {6, 7},
		"死亡率":          nil,
	} {
		got := slices.Sorted(maps.Keys(AgesNamed(text)))
		if !slices.Equal(got, want) {
			t.Errorf("AgesNamed(%q) = %v, want %v", text, got, want)
		}
	}
}
