package bot_test

import (
	"strings"
	"testing"
)

// A question comparing two measures of one report ("文件比公告多几条")
// answers with both figures, each cited, and their difference worked out
// from them (made-up disclosure report).
func TestComparedMeasuresAnswered(t *testing.T) {
	b := botOver(t, map[string]string{
		"gongkai.txt": "云溪区卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局主动公开本单位文件28条,发布公告22条,工作动态135条。\n",
	})
	a := ask(t, b, nil, "云溪区卫健局2023年主动公开的文件比发的公告多几条？")
	for _, want := range []string{"28条", "22条", "多6条"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s:\n%s", want, a.Text)
		}
	}
	if len(a.Sources) < 2 {
		t.Errorf("want each figure cited, got %d sources", len(a.Sources))
	}
}
