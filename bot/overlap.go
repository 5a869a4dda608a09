package bot

import (
	"strings"
	"unicode"

	"github.com/healthbot/healthbot/corpus"
)

// commonBigrams say little about what a passage is about in these reports;
// they do not count when judging whether a passage answers a question.
var commonBigrams = map[string]bool{
	"工作": true, "卫生": true, "开展": true, "加强": true, "推进": true, "情况": true, "全县": true,
	"全市": true, "全区": true, "我们": true, "进行": true, "有关": true, "相关": true, "进一步": true,
	"一步": true, "提高": true, "建设": true, "完成": true, "年度": true, "医院": true, "医疗": true,
	"健康": true, "服务": true, "管理": true, "落实": true, "重点": true, "主要": true, "今年": true,
}

// bigrams returns the distinct Han character bigrams (and Latin words) of
// normalised text, leaving out the common ones.
func bigrams(text string) map[string]bool {
	out := map[string]bool{}
	runes := []rune(corpus.Normalize(text))
	for i := 0; i+1 < len(runes); i++ {
		a, b := runes[i], runes[i+1]
		if unicode.Is(unicode.Han, a) && unicode.Is(unicode.Han, b) {
			g := string([]rune{a, b})
			if !commonBigrams[g] {
				out[g] = true
			}
		}
	}
	var word []rune
	flush := func() {
		if len(word) >= 2 {
			out[string(word)] = true
		}
		word = word[:0]
	}
	for _, r := range runes {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			word = append(word, unicode.ToLower(r))
		} else {
			flush()
		}
	}
	flush()
	return out
}

// coverage is the share of the question's bigrams found in the text.
func coverage(question map[string]bool, text string) float64 {
	if len(question) == 0 {
		return 0
	}
	t := bigrams(text)
	n := 0
	for g := range question {
		if t[g] {
			n++
		}
	}
	return float64(n) / float64(len(question))
}

// healthField are the words of the health field's work: a passage naming
// several of them is about the field.
var healthField = []string{"医疗", "卫生", "健康", "医保", "医院", "疾病", "中医", "医药", "药品", "医生", "医师", "疫苗", "诊疗", "养老", "托育", "生育", "妇幼", "疾控"}

// fieldWords counts the health-field words in text.
func fieldWords(text string) int {
	n := 0
	for _, w := range healthField {
		if strings.Contains(text, w) {
			n++
		}
	}
	return n
}

// fieldTopic reports whether a topic names only the health field as a
// whole ("医疗卫生", "卫生健康", "卫健", in speech "看病就医"): no passage
// repeats such words, so
// relevance is judged by the field's words instead.
func fieldTopic(topic string) bool {
	t := corpus.Normalize(topic)
	for _, w := range append([]string{"卫生健康", "医疗卫生", "卫健", "看病就医", "就医看病", "方面", "领域", "事业", "民生", "社会", "重点任务", "主要任务", "工作思路", "总体思路", "思路", "重点", "主要", "大事"}, healthField...) {
		t = strings.ReplaceAll(t, w, "")
	}
	han := 0
	for _, r := range t {
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	return han < 2 && t != corpus.Normalize(topic)
}

// hanBigrams are the pairs of Chinese characters of text, common ones
// ("医疗", "服务") too.
func hanBigrams(text string) map[string]bool {
	out := map[string]bool{}
	runes := []rune(corpus.Normalize(text))
	for i := 0; i+1 < len(runes); i++ {
		if unicode.Is(unicode.Han, runes[i]) && unicode.Is(unicode.Han, runes[i+1]) {
			out[string(runes[i:i+2])] = true
		}
	}
	return out
}

// countIn counts the keys of q that t holds.
func countIn(q, t map[string]bool) int {
	n := 0
	for g := range q {
		if t[g] {
			n++
		}
	}
	return n
}
