package corpus

import (
	"strings"
	"testing"
)

func TestMatchMarker(t *testing.T) {
	tests := []struct {
		in    string
		style style
		num   int
		ok    bool
	}{
		{"一、总体情况", styleCNDun, 1, true},
		{"十二、其他", styleCNDun, 12, true},
		{"（三）健全体系", styleCNParen, 3, true},
		{"(三)健全体系", styleCNParen, 3, true},
		{"三)健全体系", styleCNParen, 3, true},
		{"2.探索医防融合", styleNumDot, 2, true},
		{"2、探索医防融合", styleNumDot, 2, true},
		{"2．探索医防融合", styleNumDot, 2, true},
		{"（4）运营管理", styleNumParen, 4, true},
		{"(4)运营管理", styleNumParen, 4, true},
		{"①加强", styleCircled, 1, true},
		{"一是做实", styleOrdinal, 1, true},
		{"二要加强", styleOrdinal, 2, true},
		{"第二部分 工作计划", stylePart, 2, true},
		{"第三，加强", styleOrdinal, 3, true},
		{"5.12护士节", styleNone, 0, false},
		{"1.5倍", styleNone, 0, false},
		{"2023年", styleNone, 0, false},
		{"120调度", styleNone, 0, false},
		{"(ev71感染)", styleNone, 0, false},
		{"一院一策", styleNone, 0, false},
		{"100.完成", styleNone, 0, false},
		{"", styleNone, 0, false},
		{"（", styleNone, 0, false},
	}
	for _, tt := range tests {
		m, ok := matchMarker(tt.in, 0)
		if ok != tt.ok || (ok && (m.style != tt.style || m.num != tt.num)) {
			t.Errorf("matchMarker(%q) = %+v, %v; want style %d num %d ok %v", tt.in, m, ok, tt.style, tt.num, tt.ok)
		}
	}
}

func TestParseChineseNumber(t *testing.T) {
	for in, want := range map[string]int{"一": 1, "十": 10, "十一": 11, "二十": 20, "二十三": 23, "九十九": 99, "12": 12, "": -1, "甲": -1, "两": 2} {
		if got := ParseChineseNumber(in); got != want {
			t.Errorf("parseChineseNumber(%q) = %d, want %d", in, got, want)
		}
	}
	for n := 1; n < 100; n++ {
		if got := ParseChineseNumber(toChineseNumber(n)); got != n {
			t.Errorf("round trip %d -> %q -> %d", n, toChineseNumber(n), got)
		}
	}
}

// outlineOf parses text as one report and returns "level:path" per section.
func outlineOf(text string) []string {
	heads := parseOutline(text, Span{0, len(text)})
	secs := buildSections(text, Span{0, len(text)}, heads)
	var out []string
	for _, s := range secs[1:] {
		out = append(out, strings.Repeat(">", s.Level)+s.Path[len(s.Path)-1])
	}
	return out
}

func TestParseOutline(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "one heading per line",
			text: "一、2023年工作总结\n（一）加强党建\n正文。\n1.推进改革\n正文。\n（二）提升能力\n正文。\n二、2024年工作计划\n（一）继续推进\n正文。",
			want: []string{">一、2023年工作总结", ">>（一）加强党建", ">>>1.推进改革", ">>（二）提升能力", ">二、2024年工作计划", ">>（一）继续推进"},
		},
		{
			name: "two numbers read together are no heading",
			text: "一、“十四五”时期回顾\n这五年，京津冀协同发展成果丰硕，引进央企二、三级子公司超800家。\n二、“十五五”时期的主要目标\n正文。",
			want: []string{">一、“十四五”时期回顾", ">二、“十五五”时期的主要目标"},
		},
		{
			name: "headings run into the text with no line breaks",
			text: "总体平稳发展一、主要成效(一)全力以赴抓好防治工作自某日起开展救治,成效明显一是围绕提高救治率,全力抓救治二是围绕减少发病率,开展爱国卫生运动二)突出抓好民生工程今年以来推进建设二、存在问题一是投入不足,人才匮乏二是基础薄弱",
			want: []string{">一、主要成效", ">>（一）全力以赴抓好防治工作", ">>>一是围绕提高救治率", ">>>二是围绕减少发病率", ">>（二）突出抓好民生工程", ">二、存在问题", ">>一是投入不足", ">>二是基础薄弱"},
		},
		{
			name: "words that look like numbers are not headings",
			text: "一、总体情况\n坚持统一、规范管理,做到唯一是从。全县第一、第二批项目完成。5.12护士节举办比赛。\n二、下一步打算\n继续推进。",
			want: []string{">一、总体情况", ">二、下一步打算"},
		},
		{
			name: "Arabic list at the top level",
			text: "年度计划\n1.抓好社区卫生工作,加快发展。要设立专项经费。\n2.抓好三级网络建设,统筹农村卫生。\n3.加强自身建设。",
			want: []string{">1.抓好社区卫生工作", ">2.抓好三级网络建设", ">3.加强自身建设"},
		},
		{
			name: "run-in 一、 without its 二、 is not a heading",
			text: "我们坚持把党的建设放在首位一、这是一句话里的顿号用法,后面没有第二项。",
			want: nil,
		},
		{
			name: "numbered notes under a table are no headings",
			text: "一、疫情概况\n全省报告发病35654例。\n二、统计表\n梅毒 5676\n注:1. 2013年起,乙肝的发病数包含慢性病患者人数。\n2. 2014年起,丙肝同样统计。\n三、下一步工作\n继续监测。",
			want: []string{">一、疫情概况", ">二、统计表", ">三、下一步工作"},
		},
		{
			name: "heading sentence ends at the full stop",
			text: "（一）学习政治理论,提高政治素质。一年来开展学习活动。\n（二）学习专业技术。举办培训班。",
			want: []string{">（一）学习政治理论", ">（二）学习专业技术"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := outlineOf(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("outline:\n got  %q\n want %q", got, tt.want)
			}
		})
	}
}

func TestHeadingKind(t *testing.T) {
	tests := map[string]Kind{
		"2023年度工作总结":          KindSummary,
		"2024年工作计划":           KindPlan,
		"下一步工作打算":             KindPlan,
		"卫生工作目标任务":            KindPlan,
		"2016年下半年工作安排":        KindPlan,
		"卫生工作取得的主要成效":         KindSummary,
		"存在的问题":               KindSummary,
		"加强计划免疫工作":            "",
		"落实计划生育利益导向政策":        "",
		"2023年工作总结和2024年工作计划": KindSummary,
		"年度衛生工作計劃":            "", // Traditional: callers simplify first
	}
	for h, want := range tests {
		if got := headingKind(h); got != want {
			t.Errorf("headingKind(%q) = %q, want %q", h, got, want)
		}
	}
	if got := headingKind(Simplify("年度衛生工作計劃")); got != KindPlan {
		t.Errorf("simplified Traditional plan title: got %q", got)
	}
}

// A run-in heading does not end inside a programme's name: "计划" of
// "计划生育" is no plan, and the heading says nothing of plans.
func TestRunInHeadingKeepsProgrammeNames(t *testing.T) {
	text := "2015年卫生计生统计\n一、全省卫生和计划生育事业发展情况良好医疗卫生机构总数达62646个，比上年增加1075个。\n"
	r := Parse("p.txt", text, Meta{}, Options{}).Reports[0]
	for _, s := range r.Sections {
		if strings.HasSuffix(s.Heading, "计划") || s.Kind == KindPlan {
			t.Errorf("section %q (%s)", s.Heading, s.Kind)
		}
	}
}

// A numbered line that opens with a clause stating a figure ("…项目目标人群
// 为600人,我区已完成…") is a sentence of a list: no heading is cut from it
// at a word a heading may end with (目标), so neither the section's kind
// nor the figure's label is read from half a word.
func TestNumberedFigureLineIsNoRunInHeading(t *testing.T) {
	text := "某区卫生健康局关于2019年重点民生实事完成情况的公示\n现将我局2019年重点民生实事完成情况予以公示。\n" +
		"1.孕产妇免费产前筛查项目目标人群为600人,我区已完成孕产妇免费产前筛查共计712人。\n" +
		"2.免费新生儿筛查项目目标人群为320人,我区已完成免费新生儿筛查共计351人。\n"
	r := Parse("p.txt", text, Meta{}, Options{}).Reports[0]
	for _, s := range r.Sections {
		if strings.HasSuffix(s.Heading, "目标") || s.Kind == KindPlan {
			t.Errorf("section %q (%s)", s.Heading, s.Kind)
		}
	}
	for _, f := range r.Figures {
		if f.Label == "人群" {
			t.Errorf("figure %v labelled with half a word", f)
		}
	}
}

// A list a sentence runs into after its colon ("…以下几方面工作:一是…;二是…")
// is the sentence's text; the same items opening lines are an outline.
func TestInlineListAfterColonIsText(t *testing.T) {
	inline := "某区会议纪要\n会议要求,下半年要重点抓好以下几方面工作:一是进一步优化资源布局;二是进一步加强服务质量;三是进一步强化监管力度。\n"
	if r := Parse("a.txt", inline, Meta{}, Options{}).Reports[0]; len(r.Sections) > 1 {
		t.Errorf("inline list read as %d sections: %q", len(r.Sections)-1, r.Sections[1].Heading)
	}
	lines := "某区会议纪要\n会议要求,下半年要重点抓好以下几方面工作:\n一是进一步优化资源布局。\n二是进一步加强服务质量。\n"
	if r := Parse("b.txt", lines, Meta{}, Options{}).Reports[0]; len(r.Sections) != 3 {
		t.Errorf("items at line starts read as %d sections", len(r.Sections)-1)
	}
}
