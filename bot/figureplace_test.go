package bot_test

import (
	"strings"
	"testing"
)

// A figure's own place (the one its sentence names, or the country's in a
// comparison) reaches the index beside its report's: a question about
// either place gets its own figure.
func TestFigurePlaceInTheIndex(t *testing.T) {
	b := botOver(t, map[string]string{
		"公报.txt": "湖北省2021年卫生健康统计公报\n一、健康水平\n" +
			"2021年，湖北省婴儿死亡率为2.80‰，低于同期全国平均水平（5.0‰）。武汉市婴儿死亡率为2.10‰。\n",
	})
	for q, want := range map[string]string{
		"湖北2021年婴儿死亡率是多少？": "2.80‰",
		"武汉2021年婴儿死亡率是多少？": "2.10‰",
	} {
		a := ask(t, b, nil, q)
		if !strings.Contains(firstLine(a.Text), want) {
			t.Errorf("%s: want %s first:\n%s", q, want, a.Text)
		}
	}
}
