package corpus

import (
	"strings"
	"testing"
)

// A county's progress table of livelihood projects saved from a web page
// one cell a line, its rows numbered, the first project's target cut in
// two cells (made-up table).
const progressCellStream = "2023年县十件民生实事项目上半年推进情况表\n" +
	"发布机构:青川县人民政府办公室\n\n" +
	"序号\n\n项目名称\n\n指标任务\n\n责任单位\n\n实施点位\n\n进展情况\n\n下步计划\n\n" +
	"1\n\n一、老年人免费体检。\n\n为65岁以上老年人免费体检,\n\n9000人以上\n\n卫健局\n\n全县12家乡镇卫生院\n\n" +
	"截至6月10日:已体检6120人,完成任务数的68%\n\n持续推进\n\n" +
	"2\n\n二、农村供水提升\n\n新建供水站3座\n\n水利局\n\n东河镇、西坝乡\n\n已完成选址\n\n8月开工\n\n" +
	"3\n\n三、城区停车位\n\n新增停车位800个\n\n住建局\n\n城区\n\n已建成420个\n\n年底完工\n\n" +
	"打印本页\n关闭窗口\n"

func TestCellStreamRowsStandOnOneLine(t *testing.T) {
	got := joinCellStreams(progressCellStream)
	for _, line := range []string{
		"序号 | 项目名称 | 指标任务 | 责任单位 | 实施点位 | 进展情况 | 下步计划",
		"2 | 二、农村供水提升 | 新建供水站3座 | 水利局 | 东河镇、西坝乡 | 已完成选址 | 8月开工",
		"3 | 三、城区停车位 | 新增停车位800个 | 住建局 | 城区 | 已建成420个 | 年底完工",
	} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("no line %q in\n%s", line, got)
		}
	}
	if !strings.Contains(got, "\n打印本页\n关闭窗口\n") {
		t.Errorf("the text after the table joined its last row:\n%s", got)
	}
}

func TestCellStreamReport(t *testing.T) {
	r := Parse("qingchuan.txt", progressCellStream, Meta{}, Options{}).Reports[0]
	if r.Title != "2023年县十件民生实事项目上半年推进情况表" || r.Kind != KindSummary {
		t.Errorf("title %q kind %q, want the table's caption, a summary", r.Title, r.Kind)
	}
	together := false
	for _, c := range r.Chunks {
		if strings.Contains(c.Text, "9000人以上") && strings.Contains(c.Text, "全县12家乡镇卫生院") && strings.Contains(c.Text, "已体检6120人") {
			together = true
		}
	}
	if !together {
		t.Errorf("the first project's target, place and progress are in no one passage: %q", chunkTexts(r))
	}
	for _, s := range r.Sections {
		if strings.Contains(s.Heading, "老年人免费体检") || strings.Contains(s.Heading, "农村供水") {
			t.Errorf("a project's name in a row became a heading: %q", s.Heading)
		}
	}
	// The target column's figures are targets, the progress column's
	// sentences give what was done, each labelled from its own cell.
	want := map[string]bool{"9000": true, "800": true, "6120": false, "420": false}
	seen := map[string]bool{}
	for _, f := range r.Figures {
		target, ok := want[f.Raw]
		if !ok {
			continue
		}
		if f.Target != target || strings.Contains(f.Label, "卫健局") || strings.Contains(f.Label, "住建局") {
			t.Errorf("%s %s: target %v, want %v (label of its own cell)", f.Label, f.Raw, f.Target, target)
		}
		seen[f.Raw] = true
	}
	if len(seen) < len(want) {
		t.Errorf("figures read: %v, want %v", seen, want)
	}
}

// Streams the joiner leaves to other readers or as they are: a table of
// numbers, a row whose cell the page cut over several lines, and a list
// numbered without a header.
func TestCellStreamLeftAlone(t *testing.T) {
	for name, text := range map[string]string{
		"numbers":  "序号\n指标\n单位\n2022年\n1\n卫生机构\n个\n812\n2\n床位\n张\n9400\n3\n卫生人员\n人\n12000\n",
		"long row": "序号\n目标任务\n完成情况\n牵头单位\n1\n完善服务体系。\n1.推进专科建设。\n2.出台方案。\n3.完成申报。\n4.完成招标。\n正常\n卫健局\n2\n建设公卫中心。\n主体完工。\n卫健局\n",
		"no head":  "主要做法\n1\n加强领导。\n2\n完善制度。\n",
	} {
		if got := joinCellStreams(text); got != text {
			t.Errorf("%s: rewritten as\n%s", name, got)
		}
	}
}

func chunkTexts(r Report) []string {
	var out []string
	for _, c := range r.Chunks {
		out = append(out, c.Text)
	}
	return out
}

// FuzzJoinCellStreams checks that joining rows loses no cell's text.
func FuzzJoinCellStreams(f *testing.F) {
	f.Add(progressCellStream)
	f.Add("序号\n甲\n乙\n1\na\nb\nc\n2\nd\n")
	f.Add("序 号\n(x)\n1\n1\n2\n")
	f.Fuzz(func(t *testing.T, s string) {
		got := joinCellStreams(s)
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.Contains(got, l) {
				t.Fatalf("line %q lost: %q", l, got)
			}
		}
	})
}

// The header of a joined table names its columns: with a word of reports
// in it ("进展情况") it is still no part title over the rows.
func TestCellStreamHeaderIsNoHeading(t *testing.T) {
	text := "2024年省重点工作进展情况(一季度)\n发布机构:某省卫生健康委\n\n序号\n\n任务内容\n\n进展情况\n\n" +
		"1\n\n为全省老年人免费接种肺炎疫苗\n\n制定下发项目实施方案。\n\n2\n\n为重点人群免费开展胃癌筛查\n\n已完成12345例筛查\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, s := range r.Sections {
		if strings.Contains(s.Heading, "|") {
			t.Errorf("a table's header became a heading: %q", s.Heading)
		}
	}
}
