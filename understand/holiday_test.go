package understand

import (
	"slices"
	"testing"
)

func TestHolidays(t *testing.T) {
	for text, want := range map[string][]string{
		"淮南今年春节放假那几天120接了多少电话？":   {"春节"},
		"国庆中秋双节8天假期,120接听电话6926次": {"中秋", "国庆"},
		"全年120接听电话10万次":           nil,
	} {
		if got := Holidays(text); !slices.Equal(got, want) {
			t.Errorf("Holidays(%q) = %v, want %v", text, got, want)
		}
	}
}
