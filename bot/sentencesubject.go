package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
)

// sharedBareMeasure reports whether a label is a bare measure that ends
// the names of several of the indicators it matches (ids: "规范管理率":
// 高血压患者规范管理率, 糖尿病患者规范管理率 …), naming none by itself.
func sharedBareMeasure(label string, ids []string) bool {
	label = corpus.Normalize(label)
	n := 0
	for _, id := range ids {
		ind, ok := indicators.ByID(id)
		if !ok {
			continue
		}
		for _, name := range append([]string{ind.Name}, ind.Aliases...) {
			if name = corpus.Normalize(name); name != label && strings.HasSuffix(name, label) {
				n++
				break
			}
		}
	}
	return n >= 2
}

// maxSubjectRunes bounds the words a sentence opens with that can be its
// subject.
const maxSubjectRunes = 16

// sentenceSubject is the words a sentence opens with before its first
// number, after a clause that only dates it ("截至2023年9月30日，"): the
// subject its bare labels leave out ("高血压建档30245人，…，规范管理率
// 88.16%": 高血压建档). "" when the sentence opens with a number or the
// words are too many to be a subject.
func sentenceSubject(sentence string) string {
	s := strings.TrimSpace(sentence)
	if head, rest, ok := cutClause(s); ok && datesOnly(head) {
		s = rest
	}
	i := firstCount(s)
	if i <= 0 || utf8.RuneCountInString(s[:i]) > maxSubjectRunes {
		return ""
	}
	return s[:i]
}

// firstCount is where the first number that is a figure starts in s, not
// one naming a kind ("2型糖尿病", "65岁以上老年人"); -1 if none.
func firstCount(s string) int {
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			j++
		}
		if r, _ := utf8.DecodeRuneInString(s[j:]); !strings.ContainsRune(kindAfterNumber, r) {
			return i
		}
		i = j
	}
	return -1
}

// kindAfterNumber follow a number that names a kind, not a figure.
const kindAfterNumber = "型岁类级-－~～—"

// cutClause splits s at its first comma.
func cutClause(s string) (head, rest string, ok bool) {
	if i := strings.IndexAny(s, ",，"); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[:i], s[i+size:], true
	}
	return s, "", false
}

// datesOnly reports whether a clause only says when ("截至2023年9月30日",
// "2023年上半年", "今年以来").
func datesOnly(clause string) bool {
	rest := strings.TrimLeft(clause, "截止至到")
	rest = strings.TrimFunc(rest, func(r rune) bool {
		return unicode.IsDigit(r) || strings.ContainsRune("年月日底末初上下半季度前以来今去", r) || unicode.IsSpace(r)
	})
	return rest == "" && clause != ""
}
