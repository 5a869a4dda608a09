package understand

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// indicatorWords name a text's indicators as such: "有哪些主要指标", "要盯
// 哪些健康指标". What they ask is the figures the text sets or reports,
// whatever those measure; the words themselves seldom stand in the text.
var indicatorWords = []string{"主要指标", "核心指标", "量化指标", "考核指标", "约束性指标", "预期性指标", "指标"}

// AsksIndicators reports whether a question asks which indicators a text
// gives ("十四五规划有哪些主要指标？"), not one indicator's value.
func AsksIndicators(question string) bool {
	return containsAny(corpus.Normalize(question), indicatorWords) && WantsList(question)
}

// withoutIndicatorWords drops the words naming indicators as such from the
// topic of a question that asks which they are.
func withoutIndicatorWords(question, topic string) string {
	if !AsksIndicators(question) {
		return topic
	}
	for _, w := range indicatorWords {
		topic = strings.ReplaceAll(topic, w, " ")
	}
	return strings.Join(strings.Fields(topic), " ")
}
