package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// countedHeadWeight is what it weighs that a count's label ends in the
// thing the question counts: "收到多少政府信息公开申请" is answered by
// "收到依申请公开申请 1件", not by "出具《政府信息公开申请答复书》1份", though
// the second shares more of the question's words.
const countedHeadWeight = 0.2

// otherThing is countedHeadMatch's value for a label counting another
// thing of the kind asked ("新增停车位" for 托位): never the answer.
const otherThing = -2

// otherOfKind reports whether a label's head is another thing of the kind
// the asked head is, their last character shared: 车位 for 托位.
func otherOfKind(head, asked string) bool {
	h, a := []rune(head), []rune(asked)
	return len(h) == 2 && len(a) == 2 && h[1] == a[1] && h[0] != a[0]
}

// countTotals end a count's label after the noun it counts: "医疗卫生机构
// 总量", "床位总数".
var countTotals = []string{"总量", "总数", "数量", "总计", "合计"}

// countedHeadMatch compares the head of a count's label (its last two Han
// characters after a trailing 数: the language puts the head last) with the
// head of the noun the question counts: 1 when they are the same,
// otherThing when the label counts another thing of that kind, -1 when
// the label names that noun only as a modifier of a head the question does
// not name at all ("…申请答复书" for 申请), or does not name it and ends in a
// head the question does not name ("…引起的行政复议" for 申请), 0 otherwise
// or with no noun asked.
func countedHeadMatch(counted string, q, official map[string]bool, label string) int {
	asked := understand.Head(counted)
	if asked == "" {
		return 0
	}
	var han []rune
	for _, r := range corpus.Normalize(label) {
		if unicode.Is(unicode.Han, r) {
			han = append(han, r)
		}
	}
	for _, total := range countTotals {
		if t := []rune(total); len(han) > len(t)+1 && string(han[len(han)-len(t):]) == total {
			han = han[:len(han)-len(t)] // "医疗卫生机构总量" counts 医疗卫生机构
			break
		}
	}
	if len(han) > 2 && han[len(han)-1] == '数' {
		han = han[:len(han)-1] // "床位数" counts 床位
	}
	if len(han) < 2 {
		return 0
	}
	head := string(han[len(han)-2:])
	switch {
	case head == asked:
		return 1
	case otherOfKind(head, asked) && !strings.Contains(string(han), asked) && !q[head] && !official[head]:
		return otherThing
	case slices.Contains(countHeads, head) && strings.HasSuffix(string(han[:len(han)-2]), asked):
		return 1 // "编制人员54人" counts the 编制 asked, in people
	case strings.Contains(string(han), asked) && !q[head] && !official[head]:
		return -1
	case !strings.Contains(string(han), asked) && !q[head] && !official[head] && namesModifier(string(han), counted, asked):
		// "因政府信息公开引起的行政复议" for 信息公开申请: a count of
		// another thing of the same field, which the question does not
		// name at all.
		return -1
	}
	return 0
}

// countedTerm is the reports' word for the thing a question counts in lay
// words ("多少台自动除颤仪" → AED, which "AED设备83台" holds), normalised;
// "" when the question counts nothing in lay words. A lay noun of two
// characters is too general to stand for one term ("医生" is searched as
// 人才 too, but 人才 counts others).
func countedTerm(counted string) string {
	if utf8.RuneCountInString(counted) < minLayCountedRunes {
		return ""
	}
	official := corpus.Normalize(understand.Substitute(counted))
	if official == corpus.Normalize(counted) {
		return ""
	}
	return official
}

// minLayCountedRunes is the shortest lay noun a question counts that
// stands for the reports' term for it.
const minLayCountedRunes = 2

// namesModifier reports whether a label holds what the counted noun says
// before its head ("信息公开" of 信息公开申请), two characters or more.
func namesModifier(label, counted, head string) bool {
	mod := strings.TrimSuffix(counted, head)
	return mod != counted && utf8.RuneCountInString(mod) >= 2 && strings.Contains(label, mod)
}

// endsInOtherNoun reports whether a count's label ends in a noun that is
// not the noun the question counts, or in its verb without naming that
// noun: "新增学位" counts 学位, not the 托育托位 of "新增了多少个托育托位".
func endsInOtherNoun(label, counted, verb string) bool {
	if counted == "" {
		return false
	}
	var han []rune
	for _, r := range corpus.Normalize(label) {
		if unicode.Is(unicode.Han, r) {
			han = append(han, r)
		}
	}
	if len(han) > 2 && han[len(han)-1] == '数' {
		han = han[:len(han)-1]
	}
	if len(han) < 2 {
		return false
	}
	head := string(han[len(han)-2:])
	if strings.Contains(verb, head) {
		// "收到依申请公开4件" counts the requests made public, not the
		// 行政处罚 of "公开了多少件行政处罚": a label ending in the verb
		// asked counts the noun asked only when it names it.
		return utf8.RuneCountInString(counted) >= 2 && shared(bigrams(counted), string(han)) == 0
	}
	return !strings.Contains(counted, head)
}
