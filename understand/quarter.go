package understand

import (
	"regexp"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// quarterNamed is a quarter of a year named: "三季度", "第二季度", "Q3".
var quarterNamed = regexp.MustCompile(`第?([一二三四1-4])季度|[Qq]([1-4])`)

// Quarters are the quarters of a year a text names (1 to 4), in order of
// appearance, each once.
func Quarters(text string) []int {
	var out []int
	for _, m := range quarterNamed.FindAllStringSubmatch(corpus.Normalize(text), -1) {
		d := m[1] + m[2]
		q := strings.Index("一二三四", d)/len("一") + 1
		if d >= "1" && d <= "4" {
			q = int(d[0] - '0')
		}
		if q >= 1 && q <= 4 && !slices.Contains(out, q) {
			out = append(out, q)
		}
	}
	for _, m := range quarterMonths.FindAllStringSubmatch(corpus.Normalize(text), -1) {
		// "2019年1～3月" is the first quarter, "7-9月" the third.
		from, to := atoiSmall(m[1]), atoiSmall(m[2])
		if q := to / 3; to == from+2 && to%3 == 0 && !slices.Contains(out, q) {
			out = append(out, q)
		}
	}
	return out
}

// quarterMonths is a span of months: "1～3月", "7-9月", "10至12月".
var quarterMonths = regexp.MustCompile(`(?:^|[^0-9])(1[0-2]|[1-9])\s*(?:[-—~～至到])\s*(1[0-2]|[1-9])\s*月`)

// atoiSmall is the value of a number of one or two digits.
func atoiSmall(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}
