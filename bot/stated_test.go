package bot_test

import (
	"strings"
	"testing"
)

// "那40项考核指标，有几项已经够上2030年的目标了": not the 40 the question
// states, nor the count that reached another year's goal.
func TestCountOfGoalsReached(t *testing.T) {
	b := botOver(t, map[string]string{
		"行动.txt": "某市2021年健康行动推进情况\n2021年，对16个区进行考核，40项考核指标中21项指标已提前达到2030年本市目标要求,5项指标已提前达到2022年本市目标要求。\n",
	})
	a := ask(t, b, nil, "某市健康行动那40项考核指标，有几项已经提前够上2030年的目标了？")
	if first := firstLine(a.Text); !strings.Contains(first, "21项") || strings.Contains(first, "40项") || strings.Contains(first, "5项") {
		t.Errorf("want the 21 that reached the 2030 goals:\n%s", a.Text)
	}
}
