package bot

import (
	"strings"
	"testing"
)

// An extract quotes the page's text, not its header: the title run into a
// column name, or the line stamped with the page's date and time.
func TestExtractsLeaveOutThePageHeader(t *testing.T) {
	title := "凤庆县卫生健康局召开2023年卫生健康工作会议"
	src := []Source{{N: 1, Title: title, Text: "综合热点\n" + title + "\n时间 : 2023-03-09 10:33 来源: 清风网\n" +
		"会议要求,要压实责任,盯紧目标,实现各项指标一季度开门红。\n"}}
	got := extracts("凤庆县卫健局开年会上对今年工作提了啥要求？", "工作会议 要求", src, 3).Text
	if !strings.Contains(got, "一季度开门红") || strings.Contains(got, "综合热点") || strings.Contains(got, "10:33") {
		t.Errorf("want the meeting's requirement, without the page header:\n%s", got)
	}
}

// A sources table's row, a file with its checksum, and a notice's
// signature are no sentences of a report.
func TestChecksumRowIsDebris(t *testing.T) {
	if !pageDebris("| 12 | `2、权威发布丨山东：推进健康知识普及行动.docx` | dbdef8d33a27f2870436c781a2d57f357d90273e | 权威发布 |") {
		t.Error("a file's row with its git object name is page debris")
	}
	if pageDebris("开发启用健康科普资源库，872名省级健康科普专家进驻。") {
		t.Error("a report's sentence is no debris")
	}
	if !pageDebris("某县疾病预防控制中心2020年12月17日") {
		t.Error("a notice's signature and date is page debris")
	}
}
