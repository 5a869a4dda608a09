package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// addSampleSeeds seeds a fuzz target with the bundled sample reports and a
// few small hand-made cases.
func addSampleSeeds(f *testing.F) {
	files, _ := filepath.Glob("samples/*")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		// Small pieces keep the fuzzer fast: the start (title, boilerplate)
		// and a stretch of outline from the middle.
		for _, at := range []int{0, len(data) / 2} {
			end := min(at+1500, len(data))
			f.Add(string(data[at:end]))
		}
	}
	for _, s := range []string{
		"", "一、", "（", "一是", "二)", "第一部分", "---\ntitle: x\n---\n正文", "首页 > 一 > 二\n",
		"一、总结(一)工作一是甲二是乙二)丙三)丁二、计划",
		"篇1\n篇2\n", "1.\n2.\n3.", "①②③", "\xff\xfe", "一、" + string(rune(0x10FFFF)),
	} {
		f.Add(s)
	}
}

// FuzzParse runs the whole document pipeline on arbitrary text and checks
// the invariants every later stage relies on.
func FuzzParse(f *testing.F) {
	addSampleSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := Parse("fuzz.md", text, Meta{}, Options{ChunkRunes: 120})
		checkDocument(t, doc, 120)
	})
}

// FuzzOutline runs the section parser alone: headings must lie inside the
// text, in order, and sections must nest.
func FuzzOutline(f *testing.F) {
	addSampleSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		span := Span{0, len(text)}
		heads := parseOutline(text, span)
		last := -1
		for _, h := range heads {
			if h.m.start < last || h.m.start > h.m.end || h.heading.Start < h.m.end || h.heading.End > len(text) || h.body < h.heading.Start || h.body > len(text) {
				t.Fatalf("bad heading %+v in %q", h, text)
			}
			if h.level < 1 {
				t.Fatalf("heading level %d", h.level)
			}
			last = h.m.start
		}
		secs := buildSections(text, span, heads)
		for i, s := range secs[1:] {
			if len(s.Path) != s.Level {
				t.Fatalf("section %d path %q has %d parts at level %d", i, s.Path, len(s.Path), s.Level)
			}
		}
	})
}

// FuzzTableRows runs the table-row reader alone: every figure's span lies
// inside the section and holds its raw value.
func FuzzTableRows(f *testing.F) {
	f.Add("项目：疫苗接种；2023年目标：95%；完成：98%\n指标\t2022年\t2023年\n签约率(%)\t48.5\t50.2")
	f.Add("部门：市政府办；重点领域：成立委员会。；健康因素：健康政策")
	f.Add("地区 | 人数\n东区 | 120\n西区 | 80")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		sec := Section{Level: 1, Path: []string{"一、表"}, Span: Span{0, len(text)}, Body: Span{0, len(text)}, Kind: KindSummary}
		figs, _ := rowFigures(text, sec, &Report{ID: "r"})
		for _, f := range figs {
			if f.Span.Start < 0 || f.Span.End > len(text) || f.Span.Start > f.Span.End {
				t.Fatalf("bad span %+v in %q", f.Span, text)
			}
			if f.Label == "" || !strings.Contains(text[f.Span.Start:f.Span.End], f.Raw) {
				t.Fatalf("figure %+v does not hold its value in %q", f, text)
			}
		}
	})
}

func FuzzCellLines(f *testing.F) {
	f.Add("序号\n| 指标\n| 单位\n| 2011年\n|\n28\n| 卫生机构\n| 个\n| 8052\n|\n")
	f.Add("｜\n|\n|a|b\n")
	f.Fuzz(func(t *testing.T, s string) {
		rows := cellLines(s, lines(s))
		for _, r := range rows {
			if r.start > r.end || r.end > len(s) {
				t.Fatalf("row span %d..%d outside %d", r.start, r.end, len(s))
			}
			for _, c := range r.cells {
				if c.span.Start < r.start || c.span.End > r.end || s[c.span.Start:c.span.End] != c.text {
					t.Fatalf("cell %q at %v outside its row %d..%d", c.text, c.span, r.start, r.end)
				}
			}
		}
	})
}

func FuzzPipeTables(f *testing.F) {
	f.Add("项 目\n|\n机构数\n(个)\n|\n#医院\n|\n全 县\n|\n40\n|\n9\n|\n乡\n|\n4\n|\n1\n|\n")
	f.Add("年 份 |\n床位 (张) Beds |\n2009 | 300 | 40 |\n2010 | 310 | 42 |\n")
	f.Add("|||\n｜\n|a\n")
	f.Add("机构数 |\n编制 |\n卫生技 |\n(个) |\n床位 |\n术人员 |\nPlanned beds |\n医院合计 |\nTotal Hospitals |\n208 |\n |\n22490 |\n中医院 |\n5 |\n298 |\n226 |\n")
	f.Add("序号\n|指标\n|单位\n|2011年\n|2010年\n|\n|28\n|卫生机构\n|个\n|8052\n|\n|\n|29\n|其中:医院\n|个\n|467\n|\n|\n|30\n|病床\n|张\n|9\n|")
	fuzzTextTables(f, pipeTables, false)
}

func FuzzSpaceTables(f *testing.F) {
	f.Add("  机构数   床位数\n一、医院        12        3400\n    中医医院      3         800\n")
	f.Add("(2023) 单位:个、张\n a  b\nx  1  2\ny  3  4\n")
	f.Add("单位:张 (unit)\n项   目 Item 2020 2021\n 医 院  Hospitals 93067 97117\n  卫生院   Township Hospitals 1873 2339\n")
	fuzzTextTables(f, spaceTables, false)
}

func FuzzRowBlocks(f *testing.F) {
	f.Add("疫苗名称\n\n卡介苗\n\n乙肝\n\n接种率(%)\n\n99.7\n\n98.1\n")
	f.Add("a\nb\nc\nd\n1\n2\n")
	fuzzTextTables(f, rowBlocks, true)
}

func FuzzCellRowTables(f *testing.F) {
	f.Add("第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n规章\n0\n0\n行政规范性文件\n2\n1\n")
	f.Add("申请人情况\n自然人\n法人或其他组织\n总计\n一、本年新收\n1\n2\n3\n4\n5\n6\n7\n")
	f.Add("a\nb\n（一）c\n1\n")
	fuzzTextTables(f, cellRowTables, true)
}

func FuzzIndicatorColumnTables(f *testing.F) {
	f.Add("领域\n序号\n主要指标\n单位\n2020年\n2025年目标\n指标性质\n健康水平\n1\n人均预期寿命\n78.1\n>79\n预期性\n2\n孕产妇死亡率\n/10万\n9.7\n<9\n预期性\n")
	f.Add("主要指标\n2025年\n1\n其中\n1\n")
	fuzzTextTables(f, indicatorColumnTables, false) // names' open brackets are closed
}

func FuzzBarRowTables(f *testing.F) {
	f.Add("|\n第二十条第(五)项 |\n|\n信息内容 |\n本年处理决定数量 |\n|\n行政许可 |\n491 |\n|\n行政处罚 |\n16 |\n")
	f.Add("|\n|\na |\n|\n")
	fuzzTextTables(f, barRowTables, true)
}

func FuzzRunonTables(f *testing.F) {
	f.Add("床位数(张) 人员数(人)2021 年 2021 年总计 400 900医院 300 700社区卫生服务中心(站\n2、- 2 -) 60 120村卫生室 40 80\n")
	f.Add("表 1 机构数(个)2020 年 2019 年总计 5 4医院 3 2")
	fuzzTextTables(f, runonTables, false)
}

// fuzzTextTables checks that every cell a plain-text table reader finds
// lies inside the text, and with asWritten that its text is the text
// there (the cell-stream reader joins a cell broken over lines).
func fuzzTextTables(f *testing.F, read func(string, []Span) []textTable, asWritten bool) {
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, tb := range read(s, lines(s)) {
			for _, row := range tb.rows {
				for _, c := range row {
					if c.span.Start < 0 || c.span.End > len(s) || c.span.Start > c.span.End ||
						asWritten && s[c.span.Start:c.span.End] != c.text {
						t.Fatalf("cell %q at %v in %d bytes", c.text, c.span, len(s))
					}
				}
			}
		}
	})
}

func FuzzHalfWidthDigits(f *testing.F) {
	f.Add("２００９年")
	f.Add("a１b")
	f.Fuzz(func(t *testing.T, s string) {
		h := halfWidthDigits(s)
		if utf8.ValidString(s) && utf8.RuneCountInString(h) != utf8.RuneCountInString(s) {
			t.Fatalf("halfWidthDigits(%q) = %q changed the number of characters", s, h)
		}
	})
}
