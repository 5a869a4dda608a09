package corpus

import "testing"

func TestBaseYear(t *testing.T) {
	tests := []struct {
		text          string
		secYear, want int
	}{
		{"“十四五”时期 人均预期寿命由77岁提高到79岁", 2025, 2020},
		{"十三五期间床位由1万张增加到1.2万张", 2020, 2015},
		{"这五年，留皖率从67.6%提高到70%", 2025, 2020},
		{"床位由1200张增加到1500张", 2023, 2022},
		{"床位由1200张增加到1500张", 0, 0},
	}
	for _, tt := range tests {
		if got := baseYear(tt.text, tt.secYear); got != tt.want {
			t.Errorf("baseYear(%q, %d) = %d, want %d", tt.text, tt.secYear, got, tt.want)
		}
	}
}
