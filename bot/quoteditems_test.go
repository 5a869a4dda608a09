package bot

import (
	"strings"
	"testing"
)

// "说的“三个深化”，是深化哪几块" asks the members written right after the
// quoted name, not the run-in items (一要…二要…) of the speech around it; a
// list that a later quoted name closes is that name's.
func TestQuotedNamesMembers(t *testing.T) {
	sources := []Source{{N: 1, Text: "一要打好“一场战役”,持续筑牢疫情防控底线。二要实施“两个建设”,大力实施县级医院设施设备建设和基层医疗机构能力建设。三要突出“三个深化”,深化公立医院改革、深化人才队伍建设、深化县域医共体建设,全面完善卫生健康服务体系。四要促进“四个提升”。"}}
	answer := listExtract("五华今年卫健工作说的“三个深化”，是深化哪几块？", "", sources, sources)
	for _, want := range []string{"“三个深化”,深化公立医院改革", "深化县域医共体建设"} {
		if !strings.Contains(answer.Text, want) {
			t.Errorf("no %q in:\n%s", want, answer.Text)
		}
	}
	if strings.Contains(answer.Text, "全面完善") || strings.Contains(answer.Text, "两个建设") {
		t.Errorf("more than the members quoted:\n%s", answer.Text)
	}
	if _, ok := quotedMembers("“四个提升”是哪几个？", sources); ok {
		t.Errorf("a name with no members after it answered")
	}
	sources = []Source{{N: 1, Text: "实施“三个计划”,坚持重点传染病防控、基层卫生服务建设、中医药传承创新“五个推进”。"}}
	if _, ok := quotedMembers("提的“三个计划”是哪三个？", sources); ok {
		t.Errorf("the next name's list taken for this one's")
	}
}

// A slogan's members may lead its name ("以A、B、C和D“四个提升年”为抓手"): they
// are its members, not the clause after the name, which lists fewer
// (made-up speech).
func TestQuotedNameAfterItsMembers(t *testing.T) {
	sources := []Source{{N: 1, Text: "会议要求,全县要紧紧围绕“六个年”部署安排,以党建工作、医疗服务能力、公共卫生服务水平和生育支持服务“四个提升年”为抓手,谋划好、实施好全县卫生健康工作。"}}
	it, ok := quotedMembers("今年说的“四个提升年”，是哪几个方面？", sources)
	if !ok || !strings.HasPrefix(it.text, "以党建工作、") || !strings.HasSuffix(it.text, "为抓手") {
		t.Errorf("members %q (%v), want the clause from 以党建工作 to 为抓手", it.text, ok)
	}
	if _, ok := quotedMembers("说的“六个年”是哪几个？", sources); ok {
		t.Errorf("a name listing no members answered")
	}
}
