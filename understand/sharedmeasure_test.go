package understand

import (
	"strings"
	"testing"
)

// Two indicators named with one measure word are asked one by one; a
// name that holds 和 itself, or words that are no indicators, are not
// split.
func TestSharedMeasure(t *testing.T) {
	tests := []struct{ q, want string }{
		{"孕产妇和婴儿死亡率现在降到多少", "孕产妇死亡率现在降到多少|婴儿死亡率现在降到多少"},
		{"宁夏婴儿和5岁以下儿童死亡率是多少", "宁夏婴儿死亡率是多少|宁夏5岁以下儿童死亡率是多少"},
		{"孕产妇死亡率和婴儿死亡率分别是多少", ""},
		{"医院和卫生院有多少家", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(SharedMeasure(tt.q), "|"); got != tt.want {
			t.Errorf("SharedMeasure(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
