package understand

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// holidayNames are the public holidays a report's figures may be of ("国庆
// 期间120接听电话3210次"), each with the words naming it. "双节" names
// both holidays it joins.
var holidayNames = []struct {
	holiday string
	words   []string
}{
	{"春节", []string{"春节", "过年", "新春"}},
	{"元旦", []string{"元旦"}},
	{"清明", []string{"清明"}},
	{"五一", []string{"五一", "劳动节", "“五一”"}},
	{"端午", []string{"端午"}},
	{"中秋", []string{"中秋", "双节"}},
	{"国庆", []string{"国庆", "十一黄金周", "双节"}},
}

// Holidays are the public holidays a text names ("国庆中秋双节" names 国庆
// and 中秋).
func Holidays(text string) []string {
	t := corpus.Normalize(text)
	var out []string
	for _, h := range holidayNames {
		for _, w := range h.words {
			if strings.Contains(t, w) {
				out = append(out, h.holiday)
				break
			}
		}
	}
	return out
}
