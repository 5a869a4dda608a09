package bot_test

import (
	"strings"
	"testing"
)

// A count in the very counter asked that shares several of the question's
// words answers it, however many lay words the question adds.
func TestCountInTheCounterAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"年报.txt": "南昌市卫生健康委员会2023年政府信息公开工作年度报告\n一、总体情况\n2023年，委网站发布各类信息1176条，回复网上留言216条，共处理依申请公开事项10件。\n",
	})
	a := ask(t, b, nil, "南昌卫健委2023年老百姓来申请公开的事，办了几件？")
	if !strings.Contains(firstLine(a.Text), "10件") {
		t.Errorf("want 10件:\n%s", a.Text)
	}
}
