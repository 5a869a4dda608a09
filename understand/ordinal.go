package understand

import (
	"regexp"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// askedOrdinal names one item of a numbered list: "第二件", "第3项".
var askedOrdinal = regexp.MustCompile(`第([一二三四五六七八九十]{1,3}|[0-9]{1,2})(件|项|条|点|个|部分|大类|类|档|批)`)

// AskedOrdinal is the number of the list item a question names ("民生实事
// 第二件" → 2), 0 when it names none.
func AskedOrdinal(question string) int {
	m := askedOrdinal.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return 0
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		return n
	}
	return corpus.ParseChineseNumber(m[1])
}

// AskedOrdinalCounter is the counter of the list item a question names
// ("第一类对象" → 类), "" when it names none.
func AskedOrdinalCounter(question string) string {
	if m := askedOrdinal.FindStringSubmatch(corpus.Normalize(question)); m != nil {
		return m[2]
	}
	return ""
}
