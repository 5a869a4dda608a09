package bot_test

import (
	"strings"
	"testing"
)

// A sentence listing what was there before and what was added: asked for
// the two added, the clause naming two, closed by that count, answers
// (made-up news).
func TestCountedClauseAnswersTheCountAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"青山市妇幼项目.txt": "青山市妇幼免费项目再扩容\n青山市2015年已经开展了婚前医学检查项目、孕前优生健康检查项目、孕产妇健康管理项目等3个免费项目,2021年又新增听力筛查基本项目和视力筛查基本项目两个免费项目。\n",
	})
	a := ask(t, b, nil, "青山2021年新加的两个免费项目是哪两个？")
	if !strings.Contains(a.Text, "听力筛查") || !strings.Contains(a.Text, "视力筛查") || strings.Contains(a.Text, "婚前医学检查") {
		t.Errorf("want the clause of the two added alone:\n%s", a.Text)
	}
}
