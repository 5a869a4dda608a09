package figures

import "testing"

// A space after a figure's unit parts a headline's phrases: the words
// before the number name it, not the phrase after the space.
func TestSpaceEndsTheHeadlinesPhrase(t *testing.T) {
	for _, f := range Extract("获批国家区域医疗中心12个 数量居全国第一") {
		if f.Raw == "12" && f.Label != "获批国家区域医疗中心" {
			t.Errorf("12 labelled %q, want 获批国家区域医疗中心", f.Label)
		}
	}
}
