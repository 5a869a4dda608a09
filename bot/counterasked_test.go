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

// The 个 of speech stands for the counter a report uses: "多少个文件" is
// answered by a count of 件.
func TestGenericCounterAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"年报.txt": "三亚市卫生健康委员会2020年政府信息公开工作年度报告\n2020年度，通过本部门网站主动公开文件48件，其中部门文件22件、人事信息9件。\n",
	})
	a := ask(t, b, nil, "三亚卫健委2020年在自己网站上主动挂出来多少个文件？")
	if !strings.Contains(firstLine(a.Text), "48件") {
		t.Errorf("want 48件:\n%s", a.Text)
	}
}
