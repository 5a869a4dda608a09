package bot_test

import (
	"strings"
	"testing"
)

// A kind of people asked in speech ("男娃") is the kind the reports name by
// its mark ("男围产儿"): its figure answers before the indicator's bare name
// given for another group (made-up study).
func TestKindOfPeopleAskedInSpeech(t *testing.T) {
	b := botOver(t, map[string]string{
		"study.txt": "2019—2023年兴化市围产儿出生缺陷监测结果及趋势分析\n结果:合计发生率为86.47/万。男围产儿出生缺陷发生率(99.28/万)高于女(70.16/万)。" +
			"早产组(<37周)出生缺陷发生率(288.85/万)显著高于足月组。\n",
	})
	a := ask(t, b, nil, "兴化2023年男娃出生缺陷的发生率是多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "99.28/万") {
		t.Errorf("want the boys' rate, 99.28/万:\n%s", a.Text)
	}
}
