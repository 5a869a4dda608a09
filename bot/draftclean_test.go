package bot

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

func TestCleanHeading(t *testing.T) {
	rejected := []struct{ why, in string }{
		{"web debris: breadcrumb", "首页 > 工作动态 > 正文"},
		{"web debris: news dateline", "闪电新闻 2025-02-21 12:13发布于山东"},
		{"web debris: disclosure table", "索引号: | 11341823MB1566401C/202311-00052"},
		{"web debris: statistics bulletin", "《公报》显示,卫生资源总量稳步增长"},
		{"document number", "川卫发〔2025〕7号"},
		{"document number in brackets", "关于印发2025年工作要点的通知[2025]12号"},
		{"document title", "关于做好2025年疾病预防控制工作的通知"},
		{"speaker line", "首先，请允许我代表县卫生健康局作工作报告"},
		{"speaker greeting", "各位代表！"},
		{"speaker address", "同志们："},
		{"speaker in a news story", "云阳县卫生健康委员会主任喻竣介绍"},
		{"annex label", "附件3：2025年民生实事项目清单"},
		{"annex label without number", "附件 各部门政策开发的重点领域"},
		{"greeting", "光阴似箭,日月如梭"},
		{"greeting with full stop", "光阴似箭，日月如梭。转眼一年即将过去"},
		{"template year", "xx年全县卫生工作"},
		{"template figure", "完成___例手术"},
		{"template count", "服务群众*人次"},
		{"template letters", "XX县卫生健康工作"},
		{"sentence-final chatter", "现将上半年工作总结如下"},
		{"a whole sentence", "进一步建立健全了卫生应急值守、卫生应急响应、卫生应急处置等工作制度，明确了应对突发公共卫生事件的工作流程"},
		{"two sentences", "加强疫苗管理。做好接种"},
		{"structural part", "下半年工作计划"},
		{"structural part with year", "2024年工作计划"},
		{"structural review", "2025年和“十四五”时期工作回顾"},
		{"a figure", "全年接种疫苗12万剂次"},
		{"cut mid-phrase", "加强传染病的"},
		{"label", "政策开发重点领域：提高学生健康素养"},
		{"only how", "以传染病防治为基础"},
		{"a problem, not a task", "风险防控、安全发展还有薄弱环节"},
		{"too short", "一、工作"},
		{"unbalanced quote", "实施“健康细胞工程"},
		{"latin debris", "撤消了手足口病防治ii级响应"},
	}
	for _, c := range rejected {
		if got, ok := cleanHeading(c.in); ok {
			t.Errorf("%s: cleanHeading(%q) = %q, want rejected", c.why, c.in, got)
		}
	}
	kept := []struct{ why, in, want string }{
		{"bracketed number and full stop", "（四）健全疾病预防控制体系。", "健全疾病预防控制体系"},
		{"broken numbering", "1. 三)加强重大疾病防治工作", "加强重大疾病防治工作"},
		{"unclosed bracket", "(四加强妇幼健康服务", "加强妇幼健康服务"},
		{"一是", "三是深化医疗卫生强基工程", "深化医疗卫生强基工程"},
		{"chinese numeral", "二、健全公共卫生体系", "健全公共卫生体系"},
		{"arabic numeral", "5、加强卫生防病知识宣传工作", "加强卫生防病知识宣传工作"},
		{"circled numeral", "①强化传染病监测预警", "强化传染病监测预警"},
		{"past tense made a task", "建立健全了卫生应急值守制度", "建立健全卫生应急值守制度"},
		{"date kept", "开展5.12国际护士节系列宣传活动", "开展5.12国际护士节系列宣传活动"},
		{"one comma", "将健康融入社会建设，完善卫生健康服务体系", "将健康融入社会建设，完善卫生健康服务体系"},
		{"了解 kept", "了解群众就医需求", "了解群众就医需求"},
	}
	for _, c := range kept {
		if got, ok := cleanHeading(c.in); !ok || got != c.want {
			t.Errorf("%s: cleanHeading(%q) = %q, %v; want %q", c.why, c.in, got, ok, c.want)
		}
	}
}

func TestLeadClauseAndRunInHeadings(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"健全疾病防控体系，强化省级疾控机构科研技术支撑。", "健全疾病防控体系"},
		{"三)加强重大疾病防治工作完善重大疾病防控体系和突发公共卫生事件应急机制,加强对传染病的预防控制", "加强重大疾病防治工作"},
		{"(一)超前谋划、及早准备,充分做好手足口病防治应对处置工作", "超前谋划、及早准备"},
	} {
		if got, ok := leadClause(c.in); !ok || got != c.want {
			t.Errorf("leadClause(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
	segs := segments("（九）弘扬中医药传统文化。推进国家中医药综合改革示范区建设。传播四)继续推进公共卫生服务均等化")
	want := []string{"（九）弘扬中医药传统文化。", "推进国家中医药综合改革示范区建设。", "传播", "四)继续推进公共卫生服务均等化"}
	if strings.Join(segs, "|") != strings.Join(want, "|") {
		t.Errorf("segments = %q, want %q", segs, want)
	}
	if h, ok := runInHeading(segs[0]); !ok || h != "弘扬中医药传统文化" {
		t.Errorf("runInHeading(%q) = %q, %v", segs[0], h, ok)
	}
	if h, ok := runInHeading("光阴似箭,日月如梭。"); ok {
		t.Errorf("a greeting read as a run-in heading: %q", h)
	}
}

func TestParseDraftRequest(t *testing.T) {
	cases := []struct {
		request string
		year    int
		period  string
		topic   string
		kind    corpus.Kind
		title   string
	}{
		{"帮我起草2025年工作计划中疾病预防控制部分的提纲", 2025, "", "疾病预防控制", corpus.KindPlan, "2025年疾病预防控制工作计划提纲（草稿）"},
		{"参照2025年的工作总结，起草2027年卫生健康工作计划的提纲", 2027, "", "卫生健康", corpus.KindPlan, "2027年卫生健康工作计划提纲（草稿）"},
		{"帮我起草下半年疾病预防控制工作计划提纲", 2024, "下半年", "疾病预防控制", corpus.KindPlan, "2024年下半年疾病预防控制工作计划提纲（草稿）"},
		{"起草2026年中医药工作计划提纲", 2026, "", "中医药", corpus.KindPlan, "2026年中医药工作计划提纲（草稿）"},
		{"拟写一份明年爱国卫生工作计划", 2025, "", "爱国卫生", corpus.KindPlan, "2025年爱国卫生工作计划提纲（草稿）"},
		{"帮我写个提纲", 2025, "", "卫生健康", corpus.KindPlan, "2025年卫生健康工作计划提纲（草稿）"},
		{"起草四川省2026年上半年妇幼健康工作总结提纲", 2026, "上半年", "妇幼健康", corpus.KindSummary, "四川省2026年上半年妇幼健康工作总结提纲（草稿）"},
	}
	for _, c := range cases {
		d := parseDraftRequest(c.request, 2024)
		if d.Year != c.year || d.Period != c.period || d.Topic != c.topic || d.Kind != c.kind || d.title() != c.title {
			t.Errorf("%q: got %+v title %q; want %d %q %q %s %q", c.request, d, d.title(), c.year, c.period, c.topic, c.kind, c.title)
		}
	}
	if y := draftYear("帮我起草下半年疾病预防控制工作计划", 2026); y != 2026 {
		t.Errorf("下半年 drafted for %d, want this year 2026", y)
	}
}

func TestSameMeaning(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"加强卫生应急工作", "加强卫生应急各项工作", true},
		{"健全疾病预防控制体系", "进一步健全疾病预防控制体系", true},
		{"加强卫生应急工作", "加强卫生监督工作", false},
		{"深化医疗卫生强基工程", "持续实施中医药振兴发展工程", false},
	} {
		if got := sameMeaning(c.a, c.b); got != c.same {
			t.Errorf("sameMeaning(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// partLine is a part of a draft outline (一、), draftLine a line at any of
// its four levels.
var partLine = regexp.MustCompile(`^[一二三四五六七八九十]+、`)

var draftLine = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\. |（[0-9]+）)`)

func TestOutlineFromHandMadeSources(t *testing.T) {
	src := func(kind corpus.Kind, section, text string) Source {
		return Source{Title: "某县卫健局工作总结和计划", Ref: "r#" + section, Year: 2024, Kind: kind, Section: section, Text: text}
	}
	cands := []Source{
		src(corpus.KindPlan, "二、2025年工作计划 > （四）健全疾病预防控制体系", "(四)健全疾病预防控制体系。加强医疗机构公共卫生科室标准化建设,提升管理水平。完善传染病早发现早报告机制。"),
		src(corpus.KindPlan, "三、下半年工作思路 > 1. 三)进一步健全疾病预防控制体系", "1. 三)进一步健全疾病预防控制体系。推动疾控机构编制总量达到要求。"),
		src(corpus.KindPlan, "附件3：2025年民生实事项目清单", "附件3：2025年民生实事项目清单 疾病预防控制项目xx个。"),
		src(corpus.KindPlan, "川卫发〔2025〕7号", "川卫发〔2025〕7号 各市（州）卫生健康委：现将疾病预防控制工作要点印发给你们。"),
		src(corpus.KindPlan, "（二）加强城市道路建设", "（二）加强城市道路建设。新建道路20公里。"),
		src(corpus.KindSummary, "", "光阴似箭,日月如梭。转眼一年即将过去。首先，请允许我代表疾控中心汇报。各位代表！"),
		src(corpus.KindSummary, "一、上半年工作开展情况 > （三）疾病预防控制工作", "（三）疾病预防控制工作。xx年完成___例结核病筛查。1、加强传染病防治工作。全面落实传染病防控制度,服务*人次。"),
		src(corpus.KindSummary, "首页 > 工作动态", "首页 > 工作动态 > 正文 闪电新闻 2025-02-21 12:13发布于山东 疾病预防控制"),
	}
	d := draftRequest{Year: 2025, Topic: "疾病预防控制", Kind: corpus.KindPlan}
	o := buildOutline(newMatcher(d.Topic, ""), cands)
	a := o.answer(d)
	t.Log("\n" + a.Text)
	lines := strings.Split(a.Text, "\n")
	if lines[0] != "2025年疾病预防控制工作计划提纲（草稿）" {
		t.Errorf("title %q", lines[0])
	}
	cited := regexp.MustCompile(`\[(\d+)\]`)
	for _, l := range lines[1:] {
		if !draftLine.MatchString(l) || partLine.MatchString(l) {
			continue
		}
		body := draftLine.ReplaceAllString(l, "")
		for _, bad := range []string{"附件", "〔", "光阴似箭", "首先", "各位", "首页", "闪电", "xx", "___", "*", "三)", "下半年", "道路"} {
			if strings.Contains(body, bad) {
				t.Errorf("outline line %q holds %q", l, bad)
			}
		}
		if !cited.MatchString(l) {
			t.Errorf("outline line %q cites no source", l)
		}
	}
	// The two 健全疾病预防控制体系 headings are one point citing both.
	if strings.Count(a.Text, "健全疾病预防控制体系") != 1 || !regexp.MustCompile(`健全疾病预防控制体系 \[\d\]\[\d\]`).MatchString(a.Text) {
		t.Errorf("duplicate headings not merged:\n%s", a.Text)
	}
	for _, want := range []string{"一、工作基础", "（一）疾病预防控制工作", "1. 加强传染病防治工作", "二、主要任务", "1. 加强医疗机构公共卫生科室标准化建设"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("outline lacks %q:\n%s", want, a.Text)
		}
	}
	// Only cited sources are listed, numbered as cited.
	for i, s := range a.Sources {
		if s.N != i+1 || !strings.Contains(a.Text, "["+itoa(s.N)+"]") {
			t.Errorf("source %d (%s) listed but not cited or misnumbered", s.N, s.Section)
		}
		if strings.Contains(s.Section, "道路") || strings.Contains(s.Section, "附件") || strings.Contains(s.Section, "首页") {
			t.Errorf("off-topic or debris source listed: %+v", s)
		}
	}
}

func FuzzCleanHeading(f *testing.F) {
	for _, s := range []string{
		"（四）健全疾病预防控制体系。", "1. 三)加强重大疾病防治工作", "附件3：民生实事", "川卫发〔2025〕7号", "光阴似箭,日月如梭",
		"xx年全县卫生工作", "首先，请…", "各位代表！", "5.12护士节宣传活动", "建立健全了卫生应急值守制度", "，一、加强卫生应急", "（（一）", "一是",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := cleanHeading(s)
		if !ok {
			if got != "" {
				t.Fatalf("rejected %q but returned %q", s, got)
			}
			return
		}
		if n := utf8.RuneCountInString(got); n < minHeadingRunes || n > maxHeadingRunes {
			t.Fatalf("cleanHeading(%q) = %q: %d runes", s, got, n)
		}
		if templateBlank.MatchString(got) || docNumber.MatchString(got) || annexLabel.MatchString(got) || numbered(got) {
			t.Fatalf("cleanHeading(%q) = %q keeps a blank, a document number, an annex label or a number", s, got)
		}
		if again, ok := cleanHeading(got); !ok || again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q, %v", s, got, again, ok)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
	})
}
