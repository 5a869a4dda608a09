package bot

import (
	"testing"

	"github.com/healthbot/healthbot/understand"
)

func TestSentenceSubject(t *testing.T) {
	for sentence, want := range map[string]string{
		"截至2023年9月30日，高血压建档30245人，规范管理率88.16%。": "高血压建档",
		"2型糖尿病建档7548人，规范管理率87.59%。":             "2型糖尿病建档",
		"今年以来，65岁以上老年人健康管理35876人。":              "65岁以上老年人健康管理",
		"30245人建档。": "",
		"在市委市政府的坚强领导下，全市卫生健康系统上下一心，完成建档30245人。": "",
	} {
		if got := sentenceSubject(sentence); got != want {
			t.Errorf("sentenceSubject(%q) = %q, want %q", sentence, got, want)
		}
	}
}

func TestSharedBareMeasure(t *testing.T) {
	for label, want := range map[string]bool{
		"规范管理率":      true,
		"每千常住人口注册护士": false,
		"高血压患者规范管理率": false,
	} {
		if got := sharedBareMeasure(label, understand.Indicators(label)); got != want {
			t.Errorf("sharedBareMeasure(%q) = %v, want %v", label, got, want)
		}
	}
}
