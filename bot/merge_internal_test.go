package bot

import (
	"strings"
	"testing"
)

// Two parts of a compound question that found only the same passages
// ("公立医院、社会办医院、基层各占多少") are answered once, not three times
// with the same quotes under new numbers.
func TestMergeAnswersSaysARepeatedAnswerOnce(t *testing.T) {
	quote := func(n int) Answer {
		return Answer{
			Text:    extractHeader + "1. “全市医疗机构床位不低于千人口7.49张。” [1]",
			Sources: []Source{{N: 1, File: "规划.txt", Ref: "规划.txt#1", Text: "全市医疗机构床位不低于千人口7.49张。"}},
		}
	}
	other := Answer{
		Text:    extractHeader + "1. “公立医院千人口床位4.5张。” [1]",
		Sources: []Source{{N: 1, File: "规划.txt", Ref: "规划.txt#2", Text: "公立医院千人口床位4.5张。"}},
	}
	got := mergeAnswers(make([]string, 3), []Answer{quote(1), other, quote(3)})
	if n := strings.Count(got.Text, "7.49张"); n != 1 {
		t.Errorf("the repeated quote appears %d times: %s", n, got.Text)
	}
	if len(got.Sources) != 2 || !strings.Contains(got.Text, "4.5张。” [2]") {
		t.Errorf("want two sources, the second cited as [2]: %d sources, %s", len(got.Sources), got.Text)
	}
	labelled := mergeAnswers([]string{"【甲县】", "【乙县】"}, []Answer{quote(1), quote(2)})
	if !strings.Contains(labelled.Text, "【乙县】") {
		t.Errorf("an answer under its own label is kept: %s", labelled.Text)
	}
}
