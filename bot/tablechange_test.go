package bot_test

import (
	"strings"
	"testing"
)

// A disclosure table's row gives a count and its change (本年增/减): asked
// how many, the count answers, not the change beside it (made-up report).
func TestTableRowCountBeforeItsChange(t *testing.T) {
	cells := []string{"第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政处罚", "137", "0", "112", "行政强制", "12", "0", "21"}
	b := botOver(t, map[string]string{
		"nianbao.txt": "云溪县卫生健康局2023年政府信息公开年度报告\n二、主动公开政府信息情况\n" + strings.Join(cells, "\n") + "\n",
	})
	a := ask(t, b, nil, "云溪县卫健局2023年行政强制一共做了几次？")
	if first := firstLine(a.Text); !strings.Contains(first, "21") {
		t.Errorf("want the 21 decisions, not the change beside them:\n%s", a.Text)
	}
}

// The change column may say which way in words ("减44", "增3"): asked how
// the count changed, the row's change answers, quoted from its own cell
// and not from the count beside it that has the same digits (made-up
// report).
func TestTableRowChangeWrittenInWords(t *testing.T) {
	cells := []string{"第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可", "44", "减44", "5", "其他对外管理服务事项", "0", "0", "0"}
	b := botOver(t, map[string]string{
		"nianbao.txt": "云溪县卫生健康局2023年政府信息公开年度报告\n二、主动公开政府信息情况\n" + strings.Join(cells, "\n\n") + "\n",
	})
	a := ask(t, b, nil, "云溪县2023年行政许可的项目数比上一年是增是减，变了多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "减少44") {
		t.Errorf("want the change 减少44:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, "减44") {
		t.Errorf("want the change's cell quoted:\n%s", a.Text)
	}
}

// A total whose parts follow a colon ("共124条:其中动态要闻92条…") is quoted
// without its parts, which are other figures (made-up report).
func TestTotalQuotedWithoutItsParts(t *testing.T) {
	b := botOver(t, map[string]string{
		"nianbao.txt": "开福区妇幼保健计划生育服务中心2019年政府信息公开工作年度报告\n一、概述\n我中心2019年通过区政府信息公开管理系统分类公开的信息共114条:其中动态要闻82条,通知公告20条。\n",
	})
	a := ask(t, b, nil, "开福区妇幼2019年在区信息公开系统上一共公开了多少条？")
	if !strings.Contains(firstLine(a.Text), "114条") || strings.Contains(a.Text, "82条") {
		t.Errorf("want the total quoted alone:\n%s", a.Text)
	}
}
