package bot_test

import (
	"strings"
	"testing"
)

// "男的" is 男性: the men's life expectancy answers, not the whole's.
func TestMenAskedInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2018年健康统计.txt": "某市2018年居民健康状况\n分析统计数据显示,某市2018年人均期望寿命为83.54岁,较去年上升0.5岁。其中男性81.23岁,女性85.87岁。\n",
	})
	a := ask(t, b, nil, "某市2018年男的一般能活到多大岁数？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "81.23岁") {
		t.Errorf("want 81.23岁 first: %s", a.Text)
	}
}
