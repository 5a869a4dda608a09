package bot_test

import (
	"strings"
	"testing"
)

// "比上一年涨了多少" is answered by the change over the year before, and the
// changes from other years the report names ("与2013年相比增加了1.38岁") are
// not listed beside it (made-up news).
func TestChangeOverTheYearBeforeOnly(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市期望寿命.txt": "云溪市人均期望寿命再创新高\n2018年云溪市人均期望寿命为83.54岁,较去年上升0.5岁,与2013年(82.16)相比增加了1.38岁,与2008年(80.39)相比,增加了3.15岁。\n",
	})
	a := ask(t, b, nil, "云溪市2018年期望寿命比上一年涨了多少？")
	if !strings.Contains(firstLine(a.Text), "0.5岁") || strings.Contains(a.Text, "1.38") || strings.Contains(a.Text, "3.15") {
		t.Errorf("want the 0.5岁 over the year before alone:\n%s", a.Text)
	}
}
