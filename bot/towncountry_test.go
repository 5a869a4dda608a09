package bot_test

import (
	"strings"
	"testing"
)

// "城里吃低保的" asks the town's recipients, written 城市居民最低生活保障人数,
// not the country's beside them (made-up bulletin).
func TestTownAskedInSpeech(t *testing.T) {
	b := botOver(t, map[string]string{
		"某州统计公报.txt": "黔南布依族苗族自治州2023年国民经济和社会发展统计公报\n年末全州城市居民最低生活保障人数4.12万人；农村最低生活保障人数15.30万人。\n",
	})
	a := ask(t, b, nil, "黔南州去年城里吃低保的有多少人？")
	if !strings.Contains(a.Text, "4.12万人") || strings.Contains(a.Text, "15.30万人") {
		t.Errorf("want the town's recipients:\n%s", a.Text)
	}
}
