package corpus

import "testing"

// A text with no title of its own is read as the genre its file's name
// says in pinyin; a title that says a genre wins.
func TestKindFromFileName(t *testing.T) {
	body := "2025年是“十四五”收官之年。区卫生健康工作将坚持以人民健康为中心，落实25项重点任务，着力提升全人群健康素养。\n"
	cases := []struct {
		file, text string
		want       Kind
	}{
		{"04_baoshan-gongzuojihua_2025.txt", body, KindPlan},
		{"04_baoshan-gongzuozongjie_2025.txt", body, KindSummary},
		{"04_baoshan_2025.txt", body, KindSummary}, // nothing said: a summary, as before
		{"04_baoshan-gongzuojihua_2025.txt", "宝山区2024年卫生健康工作总结\n" + body, KindSummary},
	}
	for _, c := range cases {
		doc := Parse(c.file, c.text, Meta{}, Options{})
		if got := doc.Reports[0].Kind; got != c.want {
			t.Errorf("%s: kind %q, want %q", c.file, got, c.want)
		}
	}
	for file, want := range map[string]Kind{"xinxigongkai-nianbao": KindSummary, "zongjie-jihua": "", "shisiwu-guihua": KindPlan, "xinwen": ""} {
		if got := fileNameKind(file + ".txt"); got != want {
			t.Errorf("fileNameKind(%q) = %q, want %q", file, got, want)
		}
	}
}
