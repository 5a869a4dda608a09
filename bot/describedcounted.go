package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// describedRunes is how many runes before 的 describe the things a
// question counts ("上调的项目": 上调).
const describedRunes = 2

// describedCounted reports whether a label names the things a question
// counts together with the words its topic describes them by right
// before 的: "上调的项目" (涨价的项目, in the reports' words) for the label
// "上调医疗服务项目价格".
func describedCounted(topic, counted, label string) bool {
	if utf8.RuneCountInString(counted) < 2 {
		return false
	}
	t := corpus.Normalize(topic)
	at := strings.Index(t, "的"+counted)
	if at < 0 {
		return false
	}
	before := []rune(t[:at])
	if len(before) < describedRunes {
		return false
	}
	described := string(before[len(before)-describedRunes:])
	l := corpus.Normalize(label)
	return strings.Contains(l, counted) && strings.Contains(l, described)
}
