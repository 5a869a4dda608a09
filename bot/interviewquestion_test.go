package bot

import (
	"strings"
	"testing"
)

// An interviewer's question in the source ("那么怎么防止大夫用大处方？")
// is no answer to how it was done: the answer quotes what was said.
func TestInterviewQuestionIsNoAnswer(t *testing.T) {
	sources := []Source{{N: 1, Text: "南都：那么怎么防止大夫用大处方和过度诊疗？\n沈卫国：现在安徽在基层医疗机构设置收支两条线，该保障的给予保障了。医生超范围接诊病人会承担风险。\n南都：您觉得安徽模式能不能推广？"}}
	a := extracts("安徽基层医改以后，是怎么防着医生乱开大处方的？", "大处方", sources, 4)
	if strings.Contains(a.Text, "？") {
		t.Errorf("answer quotes a question: %s", a.Text)
	}
	if !strings.Contains(a.Text, "收支两条线") {
		t.Errorf("answer lacks what was said: %s", a.Text)
	}
	items := itemsAnswer("", []listItem{{"现在我们担心的是什么呢？", 1}, {"设置收支两条线。", 1}}, sources)
	if strings.Contains(items.Text, "担心") {
		t.Errorf("items keep a question: %s", items.Text)
	}
}
