package bot_test

import (
	"strings"
	"testing"
)

// A sentence running through a policy's years: asked the year of one step,
// its clause is quoted, not the other steps' years (made-up report).
func TestYearAskedQuotesItsStep(t *testing.T) {
	b := botOver(t, map[string]string{
		"签约服务研究.txt": "家庭医生签约服务发展研究\n我国从2010年开始试点家庭医生签约服务,2017年家庭医生签约服务在全国全面推开,2021年基本实现重点人群签约服务全覆盖,成效明显。\n",
	})
	a := ask(t, b, nil, "家庭医生签约服务在全国全面推开是哪一年？")
	if !strings.Contains(a.Text, "2017年") || strings.Contains(a.Text, "2010年") || strings.Contains(a.Text, "2021年") {
		t.Errorf("want the clause of the step asked alone:\n%s", a.Text)
	}
}
