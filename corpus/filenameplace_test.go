package corpus

import "testing"

// A report whose text names no place is the place its file's name spells
// in pinyin; a place the text names wins over the file's name.
func TestPlaceFromFileName(t *testing.T) {
	const anon = "1月21日，全市卫生健康工作会议召开。会议指出，2024年全市新增国家临床重点专科1个。\n"
	cases := []struct{ file, text, want string }{
		{"02_taian-gongzuohuiyi-xinwen_2025.txt", anon, "泰安市"},
		{"2025会议新闻.txt", anon, ""},
		{"02_taian-gongzuohuiyi-xinwen_2025.txt", "南阳市召开全市卫生健康工作会议。南阳市2024年新增国家临床重点专科1个。\n", "南阳市"},
		// A district's plan that names only its city: the district its
		// file's name spells (宝山区 of 上海市, not 保山市).
		{"04_baoshan-gongzuojihua_2025.txt", "2025年，区卫生健康工作将落实新一轮健康上海行动，在上海频道开设专栏，服务上海市民，落实25项重点任务。\n", "宝山区"},
	}
	for _, c := range cases {
		doc := Parse(c.file, c.text, Meta{}, Options{})
		if got := doc.Reports[0].Place; got != c.want {
			t.Errorf("%s: place %q, want %q", c.file, got, c.want)
		}
	}
}
