package bot

import (
	"strings"
	"testing"
)

// "去年都实施了哪几个工程" is answered by the headings that name the
// programmes, in the report's order, whether a heading is a passage's
// section or a line inside it; a heading of another level or kind is not.
func TestKindHeadings(t *testing.T) {
	sources := []Source{
		{N: 1, File: "a.txt", Section: "一、2022年工作总结", Text: "（一）实施共富示范工程。完善全民健康服务平台。\n（二）实施健康桐乡工程。深化健康桐乡26项行动。\n1.推进医学高峰工程。建设学科。"},
		{N: 2, File: "a.txt", Section: "一、2022年工作总结 > （三）实施学科攀登工程", Text: "推进市级医院能力建设。"},
		{N: 3, File: "b.txt", Section: "（一）实施健康乡村工程", Text: "另一个县的工作。"},
	}
	items, ok := kindHeadings("桐乡卫健去年都实施了哪几个工程？", sources)
	var got []string
	for _, it := range items {
		got = append(got, it.text)
	}
	want := "（一）实施共富示范工程。|（二）实施健康桐乡工程。|（三）实施学科攀登工程"
	if !ok || strings.Join(got, "|") != want {
		t.Errorf("got %q %v, want %q", got, ok, want)
	}
	if _, ok := kindHeadings("桐乡去年做了哪些工作？", sources); ok {
		t.Errorf("a kind too wide answered by headings")
	}
}
