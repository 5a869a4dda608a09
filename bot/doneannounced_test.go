package bot

import (
	"strings"
	"testing"
)

// A report's lead announcing its work ("主要工作如下：一是…") answers "做了些
// 啥" about what the report is on, each item with the sentences that say
// how; a report on something else is not used.
func TestDoneAnnouncedItems(t *testing.T) {
	text := "一、总体情况 我局在2020年度主要工作如下:一是调整了政务公开工作领导小组成员。二是完善制度建设。制定了工作要点。三是健全工作机制。进一步完善了公文信息审核机制。修订公文信息拟稿单,同时说明理由;\n二、主动公开政府信息情况"
	src := []Source{{N: 1, Title: "2020年度政府信息公开工作报告", Section: "一、总体情况", Text: text}}
	items, ok := doneAnnouncedItems("去年为了政务公开都做了些啥？", src)
	if !ok || len(items) != 3 || !strings.Contains(items[2].text, "拟稿单") || strings.Contains(items[2].text, "主动公开政府信息情况") {
		t.Fatalf("items = %+v %v, want the three items, the third with 拟稿单", items, ok)
	}
	other := []Source{{N: 1, Title: "2020年度爱国卫生工作总结", Section: "一、总体情况", Text: "主要工作如下:一是开展城乡环境整治。二是病媒生物防制。"}}
	if items, ok := doneAnnouncedItems("去年为了政务公开都做了些啥？", other); ok {
		t.Errorf("a report on another topic answered: %+v", items)
	}
	if items, ok := doneAnnouncedItems("去年政务公开发了多少条？", src); ok {
		t.Errorf("a question asking a number answered with items: %+v", items)
	}
}
