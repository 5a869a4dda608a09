package corpus

import "testing"

// A headline run into its credits is the title, and the credits date the
// page; the text keeps its length. A field's key before a date is no
// headline.
func TestTitleRunIntoItsCredits(t *testing.T) {
	text := "卫生健康局安排部署新冠病毒疫苗第二剂次接种工作 作者:本通 时间:2021-06-23 次数:150\n本报讯6月19日,县卫生健康局召开局长办公会。\n"
	if got := splitTitleCredits(text); len(got) != len(text) {
		t.Fatalf("length %d, want %d", len(got), len(text))
	}
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "卫生健康局安排部署新冠病毒疫苗第二剂次接种工作" || r.Year != 2021 {
		t.Errorf("title %q year %d, want the headline and 2021", r.Title, r.Year)
	}
	field := "发布时间 2021-06-23 来源:本站\n正文。\n"
	if got := splitTitleCredits(field); got != field {
		t.Errorf("a field's line split: %q", got)
	}
}
