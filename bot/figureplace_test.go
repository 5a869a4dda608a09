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

// A count whose label writes the question's words in another order
// ("全血献血者" for "献全血的人") answers it (made-up news).
func TestCountOfReorderedLabel(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "青禾市2024年卫生健康工作综述\n2024年，全市无偿献血工作稳步推进，全血献血者超过1.5万人，献血量达5.2吨。\n",
	})
	a := ask(t, b, nil, "青禾市2024年献全血的人有多少？")
	if !strings.Contains(a.Text, "1.5万人") || strings.Contains(a.Text, "5.2吨") {
		t.Errorf("want the count of whole-blood donors:\n%s", a.Text)
	}
}
