package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/sampleindex"
)

// A figure's label may leave its subject to the report's title: "收入" in
// a health centre's accounts (古龙镇卫生院 2023年度决算公开说明, under a
// page's bracketed metadata, which is no title) answers that centre's
// income; another report's count of health centres does not.
func TestFigureSubjectFromTheReportTitle(t *testing.T) {
	accounts := "[ 索引号 ] | 11500111MB15011811/2024-00244 | [ 发文字号 ] | |\n" +
		"[ 发文字号 ] | |\n[ 发布机构 ] | 大足区卫生健康委 |\n" +
		"重庆市大足区古龙镇卫生院 2023年度决算公开说明\n一、部门决算情况说明\n" +
		"1.总体情况。2023年度收入总计192.01万元,支出总计192.01万元。\n"
	census := "2023年某县卫生统计\n2023年末，全县共有乡镇卫生院12个，村卫生室230个。\n"
	ix := &sampleindex.Index{SamplesDir: t.TempDir(), Extra: map[string]string{"accounts.txt": accounts, "census.txt": census}}
	t.Cleanup(ix.Remove)
	now := func() time.Time { return time.Date(2024, 10, 25, 9, 0, 0, 0, time.Local) }
	b := bot.New(ix.Open(t), nil, nil, bot.Options{Now: now})
	a := ask(t, b, &bot.Conversation{}, "古龙镇卫生院去年决算收入总共多少？")
	if !strings.Contains(firstLine(a.Text), "192.01万元") || strings.Contains(a.Text, "12个") {
		t.Errorf("answer:\n%s", a.Text)
	}
	if len(a.Sources) == 0 || !strings.Contains(a.Sources[0].Title, "古龙镇卫生院") {
		t.Errorf("sources: %+v", a.Sources)
	}
}
