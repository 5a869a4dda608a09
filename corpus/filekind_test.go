package corpus

import (
	"strings"
	"testing"
)

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

// A text with no title or date of its own is of the year its file's name
// gives, not of a year a note names in passing; a name with several years
// gives none.
func TestYearFromFileName(t *testing.T) {
	text := "年末有医疗卫生机构6949个,床位4.57万张。全年总诊疗人次2873.2万人次。湿地面积[[注:湿地面积为2019年开展的全国第三次国土调查数据。]]712.39万公顷。\n"
	r := Parse("09_qinghai_gongbao_2023.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2023 {
		t.Errorf("year %d, want 2023 from the file name", r.Year)
	}
	// Filed when published: results of the year before, named again and
	// again, and the file's own year nowhere.
	text = "全省人民瞩目的省人大会议正在召开,民生工作一直是群众关心的热点。\n2023年,省委、省政府确定实施十个方面50项民生实事。\n经过全省上下共同努力,2023年民生实事任务已全部完成。如:卫生健康方面,\n为7080名适龄儿童开展免费牙齿窝沟封闭服务。\n"
	r = Parse("08_jilinsheng_shishi_2024.txt", text, Meta{}, Options{}).Reports[0]
	found := false
	for _, f := range r.Figures {
		if f.Raw == "7080" {
			found = true
			if f.Year != 2023 {
				t.Errorf("%s dated %d, want 2023: the results the text names", f.Raw, f.Year)
			}
		}
	}
	if !found {
		t.Errorf("7080 not read: %+v", r.Figures)
	}
	// A headline asking a question names no year: the file's.
	r = Parse("05_jiangning_shishi_2025.txt", "某区今年关于医疗卫生方面的民生实事有哪些?\n一是开设急诊社区卫生服务中心。推进2个社区卫生服务中心开设急诊。\n", Meta{}, Options{}).Reports[0]
	if r.Year != 2025 || !strings.HasSuffix(r.Title, "有哪些?") {
		t.Errorf("%q of %d, want the asking headline of 2025", r.Title, r.Year)
	}
	for file, want := range map[string]int{"09_qinghai_gongbao_2023.txt": 2023, "2023统计公报.txt": 2023, "规划2021-2025.txt": 0, "report12345.txt": 0} {
		if got := fileNameYear(file); got != want {
			t.Errorf("fileNameYear(%q) = %d, want %d", file, got, want)
		}
	}
}
