package corpus

import "testing"

// A paragraph opening with 此外 adds to the year the paragraph before
// spoke of, across a blank line; one that does not keeps the news's year
// (made-up news).
func TestParagraphGoingOnKeepsTheYearBefore(t *testing.T) {
	text := "国内新闻 社会新闻 财经新闻\n地方网 > 新闻 > 国内新闻 > 正文\n\n杭州户籍人口人均期望寿命83.63岁\n\n来源:某日报 2019-02-15 01:00   https://www.yybnet.net/\n\n新华社杭州2月14日电 记者14日从杭州市卫生健康委获悉,2018年杭州户籍人口人均期望寿命83.63岁。\n\n此外,杭州地区婴儿死亡率为2.52‰;孕产妇死亡率为3.15/10万。\n\n杭州拥有各级各类医疗卫生机构5272家。\n"
	r := Parse("新闻.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]int{"地区婴儿死亡率": 2018, "孕产妇死亡率": 2018}
	for _, f := range r.Figures {
		if y, ok := want[f.Label]; ok && f.Year != y {
			t.Errorf("%s %s%s: year %d, want %d", f.Label, f.Raw, f.Unit, f.Year, y)
		}
		if f.Raw == "5272" && f.Year == 2018 {
			t.Errorf("%s: the paragraph that does not go on took 2018", f.Label)
		}
	}
}
