package bot

import (
	"strings"
	"unicode"
)

// totalOfWords ask the total of the noun before them: "诉求总量", "投诉总数".
var totalOfWords = []string{"总量", "总数", "数量", "总计"}

// maxCountedRunes bounds the noun taken before a total word.
const maxCountedRunes = 4

// endsWithTotalOf reports whether a label ends with the noun the topic
// asks the total of ("诉求总量" of "公众服务热线共受理市民来电诉求"): a count
// labelled by that noun is the total asked, though it shares little else
// with the question's words.
func endsWithTotalOf(topic, label string) bool {
	for _, w := range totalOfWords {
		for rest := topic; ; {
			i := strings.Index(rest, w)
			if i < 0 {
				break
			}
			before := []rune(rest[:i])
			n := 0
			for n < len(before) && n < maxCountedRunes && unicode.Is(unicode.Han, before[len(before)-1-n]) && before[len(before)-1-n] != '的' {
				n++
			}
			if endsWithCounted(label, string(before[len(before)-n:])) {
				return true
			}
			rest = rest[i+len(w):]
		}
	}
	return false
}

// onlyWords qualify a count as a few of some (只有, 仅): no total.
var onlyWords = []string{"只有", "仅"}
