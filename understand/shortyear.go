package understand

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Staff type years short in chat: "25年底" for 2025年底, "从16年开始",
// "21年那张表". ExpandShortYears writes them out so that every reader of
// the question sees a four-digit year.

// digitsYear is a run of digits and 年; only runs of two are short years.
var digitsYear = regexp.MustCompile(`[0-9]+年`)

// notYearBefore end a text in which "NN年" is a length of time or an
// ordinal, not a calendar year: "过去10年", "近20年", "第25年", "连续12年",
// "干了30年", "满18年", "每10年", "建成10年", "已经20年".
var notYearBefore = []string{"过去", "近", "第", "连续", "续", "了", "满", "每", "约", "共", "几", "多", "这", "那", "前", "后", "长达", "达", "历时", "用", "花", "有", "已", "经", "成", "做", "干"}

// notYearAfter follow "NN年" when it is a length of time: "10年来",
// "30年以上", "20多年", "15年左右", "10年间", "20年前", "5年后".
var notYearAfter = "来以多左间里内前后余"

// maxYearsAhead bounds a short year after the current one: "到35年" is a
// target year, "到60年" is not read as one.
const maxYearsAhead = 15

// ExpandShortYears writes the two-digit years of a question in full
// ("25年底" → "2025年底") when they fall between 2000 and a few years after
// now; anything else is returned unchanged.
func ExpandShortYears(question string, now time.Time) string {
	if !strings.Contains(question, "年") {
		return question
	}
	limit := now.Year()%100 + maxYearsAhead
	var out strings.Builder
	last, wrote := 0, false
	for _, m := range digitsYear.FindAllStringIndex(question, -1) {
		digits := question[m[0] : m[1]-len("年")]
		rest := question[m[1]:]
		if len(digits) != 2 || strings.HasSuffix(question[:m[0]], ".") || strings.HasSuffix(question[:m[0]], "．") {
			continue
		}
		n := int(digits[0]-'0')*10 + int(digits[1]-'0')
		after, _ := utf8.DecodeRuneInString(rest)
		if n > limit || (rest != "" && strings.ContainsRune(notYearAfter, after)) || endsWithAny(question[:m[0]], notYearBefore) {
			continue
		}
		out.WriteString(question[last:m[0]])
		out.WriteString("20")
		last, wrote = m[0], true
	}
	if !wrote {
		return question
	}
	out.WriteString(question[last:])
	return out.String()
}

// endsWithAny reports whether s ends with one of the words.
func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
