package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// whenAsked ask by when or when something is to be done or was done:
// "第一针要求什么时候前打完", "啥时候建成", "几月份完成".
var whenAsked = []string{"什么时候", "啥时候", "什么时间", "何时", "几时", "哪天", "几月份", "几月底", "哪个月", "哪一年", "哪年"}

// AsksWhen reports whether a question asks a time: its answer is the
// sentence that says when ("7月底前完成首剂次接种"), not the one that best
// names the topic.
func AsksWhen(question string) bool {
	return containsAny(corpus.Normalize(question), whenAsked)
}

// timeStated matches a time a sentence sets or gives: a month (with its
// end or day), a year's end, "年内", "上半年". A year alone is not one:
// most sentences of a report name the year they are of.
var timeStated = regexp.MustCompile(`(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|中旬|上旬|下旬|[0-9]{1,2}日)?|年底|年末|年内|[上下]半年`)

// StatesTime reports whether a sentence states a time (timeStated).
func StatesTime(sentence string) bool { return timeStated.MatchString(sentence) }

// completionAsked ask when a thing is finished: "啥时候全部搞完", "什么时候
// 建成".
var completionAsked = []string{"搞完", "做完", "弄完", "干完", "完成", "结束", "建成", "建好", "完工", "投用", "用上"}

// AsksCompletion reports whether a question asks of a thing's finishing
// (completionAsked): asked when, its answer is the sentence that says when
// it is or will be done.
func AsksCompletion(question string) bool {
	return containsAny(corpus.Normalize(question), completionAsked)
}
