package understand

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// Measure is the measure a topic ends in, as three characters ending in
// 率, 数, 量, 额 or 比 ("家庭医生签约率" → "签约率"); "" when it has none.
// Only the topic's last word of two characters or more counts (a counter
// left alone, "张", is none): "统计公报数 乡镇卫生院的床位" ends in no
// measure of that form, whatever an earlier word names.
func Measure(topic string) string {
	fields := strings.Fields(corpus.Normalize(topic))
	for len(fields) > 1 && utf8.RuneCountInString(fields[len(fields)-1]) < 2 {
		fields = fields[:len(fields)-1]
	}
	if len(fields) == 0 {
		return ""
	}
	rs := []rune(fields[len(fields)-1])
	for i := len(rs) - 1; i >= 2; i-- {
		if strings.ContainsRune("率数量额比", rs[i]) && unicode.Is(unicode.Han, rs[i-1]) && unicode.Is(unicode.Han, rs[i-2]) {
			return string(rs[i-2 : i+1])
		}
	}
	return ""
}

// AsksRate reports whether a topic asks for a rate or a share: a measure
// ending in 率, or 占/比例/比重 ("自己掏的钱占卫生总费用的多少").
func AsksRate(topic string) bool {
	t := corpus.Normalize(topic)
	return strings.HasSuffix(Measure(t), "率") || containsAny(t, []string{"占", "比例", "比重"})
}

// AsksOneNumber reports whether a question asks for one number only (one
// 多少 or 几): its answer quotes the clause that holds the figure; "罚了几个
// 案子，一共罚了多少钱" gets the whole sentence.
func AsksOneNumber(question string) bool {
	q := determinerJi.ReplaceAllString(corpus.Normalize(question), "$1")
	if strings.Count(q, "多少")+strings.Count(q, "几") <= 1 {
		return true
	}
	// "…平均活到多少岁？2027年那个目标是多少": a clause asking again of
	// nothing new restates the question.
	asks := 0
	for _, c := range strings.FieldsFunc(q, func(r rune) bool { return strings.ContainsRune("，,？?；;。！!", r) }) {
		if !strings.Contains(c, "多少") && !strings.Contains(c, "几") {
			continue
		}
		if own := strings.Fields(topicWords(c)); len(own) == 0 || len(own) == 1 && restatedWords[own[0]] {
			continue
		}
		asks++
	}
	return asks <= 1
}

// restatedWords name, in a clause asking again, what was already asked:
// "那个目标是多少", "这个数是多少", "清单里写的起点是多少".
var restatedWords = map[string]bool{"目标": true, "数": true, "数字": true, "指标": true, "值": true, "目标值": true,
	"起点": true, "基数": true, "基期": true, "基期值": true, "起始值": true, "现状": true}

// determinerJi is 几 naming some things already known, not asking how
// many: "新开的几家医院", "这几年", "那几个县".
var determinerJi = regexp.MustCompile(`(的|这|那|近|前|头)几`)
