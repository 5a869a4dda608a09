package corpus

import "testing"

// A table of contents opens no sections: the text after it is not put
// under its last entry, nor given that entry's kind.
func TestTableOfContentsOpensNoSections(t *testing.T) {
	text := "某镇社区卫生服务中心2018年单位预算\n目 录\n| 一、单位主要职能 |\n| 二、单位机构设置 |\n| 三、单位预算编制说明 |\n| 1. 2018年单位收入预算总表 |\n| 四、绩效目标申报表 |\n" +
		"某镇社区卫生服务中心主要职能\n负责辖区6.8万人口的医疗、预防、保健。\n编制人数143人，年末实有人数199人。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, s := range r.Sections {
		if s.Heading != "" {
			t.Errorf("section %q from the table of contents", s.Heading)
		}
	}
	for _, f := range r.Figures {
		if f.Kind != KindSummary || f.Year != 2018 {
			t.Errorf("figure %s = %s is %s %d, want summary 2018", f.Label, f.Raw, f.Kind, f.Year)
		}
	}
}

func FuzzTOCSpans(f *testing.F) {
	f.Add("目录\n一、a\n二、b\n正文")
	f.Add("目 录\n| 1. x |\n|2.y|\n")
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, sp := range tocSpans(s, Span{0, len(s)}) {
			if sp.Start < last || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("span %v out of order or outside %d bytes", sp, len(s))
			}
			last = sp.End
		}
	})
}
