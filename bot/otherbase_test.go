package bot_test

import (
	"strings"
	"testing"
)

// Asked the change over the year before, the answer's related figures
// leave out the changes over other spans the sentence after gives (made-up
// news).
func TestRelatedChangesOfTheSameBase(t *testing.T) {
	b := botOver(t, map[string]string{
		"寿命.txt": "无锡市2018年人均期望寿命发布\n分析统计数据显示,无锡市2018年人均期望寿命为82.54岁,较去年上升0.4岁。\n2018年无锡市人均期望寿命与2013年(81.16)相比增加了1.38岁,与2008年(79.39)相比,增加了3.15岁。\n",
	})
	a := ask(t, b, nil, "无锡2018年期望寿命比上一年涨了多少？")
	if !strings.Contains(firstLine(a.Text), "0.4岁") || strings.Contains(a.Text, "1.38岁") || strings.Contains(a.Text, "3.15岁") {
		t.Errorf("want 0.4岁 alone:\n%s", a.Text)
	}
}
