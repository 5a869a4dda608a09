package bot_test

import (
	"strings"
	"testing"
)

// aspectReport is a made-up disclosure report: the thing asked about
// (主动公开) heads one part, the aspect asked of it (把关, written 审核)
// stands in another.
const aspectReport = "云溪区卫生健康局2025年政府信息公开工作年度报告\n" +
	"一、总体情况\n" +
	"（一）主动公开。2025年度，我局及时将业务范围内有关事项在区人民政府网站主动公开，内容涵盖医疗卫生政策法规、行政许可信息。同时通过微信公众号发布136条信息。\n" +
	"（二）依申请公开。全年共收到政府信息公开申请5件，均按时答复。\n" +
	"（三）政府信息管理。一是完善信息公开机制，明确分管领导主抓。二是规范信息公开流程，严格执行“分级审核、先审后发”程序。三是强化信息公开质量，对发布的信息做到先检查后发布。\n" +
	"（四）监督保障。建立健全监督检查机制，定期开展自查自纠。\n"

// A how question asks an aspect ("怎么把关") of a thing ("对外公开的东西"):
// the paragraph holding the aspect's official term (审核) answers, not the
// items of the part the thing names.
func TestAskedAspect(t *testing.T) {
	b := botOver(t, map[string]string{"gongkai.txt": aspectReport})
	a := ask(t, b, nil, "云溪区卫健局2025年对外公开的东西是怎么把关的？")
	if !strings.Contains(a.Text, "先审后发") {
		t.Errorf("want the paragraph on 审核 (先审后发):\n%s", a.Text)
	}
	// Asked of a part by its own words, that part answers.
	a = ask(t, b, nil, "云溪区卫健局2025年监督保障这块是怎么做的？")
	if !strings.Contains(a.Text, "自查自纠") || strings.Contains(a.Text, "先审后发") {
		t.Errorf("want the part on 监督保障 only:\n%s", a.Text)
	}
}
