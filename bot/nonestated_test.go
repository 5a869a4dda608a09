package bot_test

import (
	"strings"
	"testing"
)

// A count asked of what a report says did not happen is answered by that
// sentence, first, as none; "要求公开信息的申请" asks for no directives
// (made-up disclosure report).
func TestCountOfNoneStated(t *testing.T) {
	b := botOver(t, map[string]string{
		"nianbao.txt": "桃源县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n" +
			"2022年在县委、县政府的正确领导下，认真抓好政府信息公开工作。(一)主动公开。一是全面公开财政预决算情况。按照县财政局的要求，及时公开了部门预算情况。" +
			"二是推进重点领域信息公开。及时发布工作动态。2022年度，我局主动在县人民政府门户网站公开政府信息24条。" +
			"(二)依申请公开。2022年,县卫生健康局未收到依法申请公开信息的申请。\n",
	})
	a := ask(t, b, nil, "桃源县卫健局2022年收到了几件要求公开信息的申请？")
	if _, first, _ := strings.Cut(a.Text, "1. "); !strings.HasPrefix(first, "“2022年,县卫生健康局未收到") {
		t.Errorf("want the sentence that says none were received, first:\n%s", a.Text)
	}
}

// When another place's report counts the thing, the place asked, whose
// report says it received none, is answered with that: none, not "no
// figure" (made-up disclosure reports).
func TestNoneStatedBesideAnotherPlacesFigure(t *testing.T) {
	b := botOver(t, map[string]string{
		"taoyuan.txt": "桃源县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n" +
			"(一)主动公开。2022年度，我局主动公开政府信息24条。(二)依申请公开。2022年,县卫生健康局未收到依法申请公开信息的申请。\n",
		"hanjiang.txt": "涵江区卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n" +
			"(二)依申请公开。2022年，我局共收到政府信息公开申请5件，均按时办结。\n",
	})
	a := ask(t, b, nil, "桃源县卫健局2022年收到了几件信息公开申请？")
	if !strings.HasPrefix(a.Text, "根据资料，桃源县") || !strings.Contains(a.Text, "未收到") || strings.Contains(a.Text, "5件") {
		t.Errorf("want 桃源县's none, not 涵江区's count:\n%s", a.Text)
	}
}
