package corpus

import (
	"strings"
	"testing"
)

// A form laid out one cell a line, each name above its value, under a web
// page's column name: the page's title is the report's, each value its
// name's; a name and a number once in prose make no form.
func TestFormPairs(t *testing.T) {
	text := "政府信息公开\n\n某县卫生健康局2021年整体绩效评价自评\n\n一、部门(单位)基本概况\n\n联系人\n\n张三\n\n联络电话\n\n188****8989\n\n" +
		"人员编制\n\n55\n\n实有人数\n\n96\n\n职能职责概述\n\n一是贯彻执行卫生健康工作的方针政策。二是协调推进医改。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	if got := doc.Reports[0].Title; got != "某县卫生健康局2021年整体绩效评价自评" {
		t.Errorf("title %q, want the page's own", got)
	}
	got := pipeFigures(t, text)
	want := []string{"人员编制=55@2021", "实有人数=96@2021"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures %q, want %q", got, want)
	}
	if got := pipeFigures(t, "某县2021年工作总结\n一、主要工作\n全年共办理\n\n12\n\n件信访事项均已办结。\n"); len(got) != 0 {
		t.Errorf("a name and a number in prose read as a form: %q", got)
	}
}

func FuzzFormPairs(f *testing.F) {
	f.Add("人员编制\n\n55\n\n实有人数\n\n96\n")
	f.Add("名称\n1\n名称\n2\n3\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tb := range formPairs(s, lines(s)) {
			for _, row := range tb.rows {
				for _, c := range row {
					if c.span.Start < 0 || c.span.End > len(s) || s[c.span.Start:c.span.End] != c.text {
						t.Fatalf("cell %q does not stand at %v", c.text, c.span)
					}
				}
			}
		}
	})
}
