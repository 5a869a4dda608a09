package figures

import "strconv"

// numeralDigits are the values of the Chinese digits (两 is 2; 零 holds a
// place: 一百零五).
var numeralDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// ChineseNumber reads a number written in Chinese numerals (一 … 九百九十九,
// 两 is 2) or in Arabic digits: outline numbers, counts a report sets out
// ("九件实事") or a question asks by. It returns -1 when s is not a number.
func ChineseNumber(s string) int {
	if s == "" {
		return -1
	}
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	total, cur := 0, 0
	for _, r := range s {
		switch r {
		case '十', '百':
			unit := 10
			if r == '百' {
				unit = 100
			}
			if cur == 0 {
				cur = 1
			}
			total += cur * unit
			cur = 0
		default:
			d, ok := numeralDigits[r]
			if !ok {
				return -1
			}
			cur = d
		}
	}
	return total + cur
}
