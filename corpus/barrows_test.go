package corpus

import (
	"strings"
	"testing"
)

// An information-disclosure table of several parts, one cell a line, each
// cell closed by a bar and rows between lone bars: each part's numbers are
// named by its own header row.
func TestBarRowTableOfParts(t *testing.T) {
	text := "某区卫健委2025年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" +
		"|\n第二十条第(一)项 |\n|\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n|\n规章 |\n0 |\n0 |\n0 |\n|\n行政规范性文件 |\n2 |\n0 |\n27 |\n" +
		"|\n第二十条第(五)项 | |||\n|\n信息内容 |\n本年处理决定数量 | ||\n|\n行政许可 |\n491 | ||\n|\n行政处罚 |\n16 | ||\n" +
		"三、收到和处理政府信息公开申请情况\n全年共受理申请8件。\n"
	r := Parse("年报.txt", text, Meta{}, Options{}).Reports[0]
	var got []string
	for _, f := range r.Figures {
		got = append(got, f.Label+"="+f.Raw)
	}
	for _, want := range []string{"行政规范性文件 现行有效件数=27", "行政许可 本年处理决定数量=491", "行政处罚 本年处理决定数量=16"} {
		if !strings.Contains(strings.Join(got, " "), want) {
			t.Errorf("no %s in %q", want, got)
		}
	}
}

// A yearbook table one cell a line, continued (续表) under a second header
// of later years: the later years' values are read too, each of its own
// column's year.
func TestBarRowTableContinued(t *testing.T) {
	cells := func(cs ...string) string { return strings.Join(cs, " |\n") + " |\n|\n" }
	text := "某市统计年鉴 医疗机构基本情况\n医疗机构基本情况 |\n|\n" +
		cells("项目", "2015年", "2016年") + cells("一、机构数(个)", "946", "2615") + cells("二、实有床位数(张)", "13522", "13643") +
		"续表 |\n|\n" +
		cells("项目", "2021年", "2022年") + cells("一、机构数(个)", "2616", "2642") + cells("二、实有床位数(张)", "16401", "16843")
	r := Parse("年鉴.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]int{}
	for _, f := range r.Figures {
		got[f.Label+"="+f.Raw] = f.Year
	}
	for want, year := range map[string]int{"实有床位数=13643": 2016, "实有床位数=16843": 2022, "机构数=2616": 2021} {
		if got[want] != year {
			t.Errorf("%s: year %d, want %d (figures %v)", want, got[want], year, got)
		}
	}
}

// A header row naming only the value columns ("全年预算数(A) | 全年执行数(B) |
// 预算执行率(B/A)") over rows that open with their name: each value takes
// its own column's header, not the next one's.
func TestHeaderOfValueColumnsOnly(t *testing.T) {
	text := "某县重大传染病防治项目绩效自评表\n(2021年度) | |||||||\n项目资金 (万元) |\n" +
		"全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||\n年度资金总额: | 811.54 | 800.54 | 98% | ||||\n其中:中央财政资金 | 730.4 | 720.4 | 98.6% | ||||\n"
	r := Parse("自评表.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = f.Label
	}
	if got["730.4"] != "中央财政资金 全年预算数(A)" || got["720.4"] != "中央财政资金 全年执行数(B)" {
		t.Errorf("got %v", got)
	}
}

// A self-assessment form is its fund-using unit's ("资金使用单位 | 某县卫生
// 健康局"), not its supervising department's.
func TestFormIsItsUnits(t *testing.T) {
	text := "(2021年度) | |||||||\n转移支付(项目)名称 | 重大传染病防治项目 | ||||||\n中央主管部门 | 国家卫生健康委 | ||||||\n" +
		"地方主管部门 | 甘孜州卫生健康委 | 资金使用单位 | 炉霍县卫生健康局 | ||||\n全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) | ||||\n年度资金总额: | 811.54 | 811.54 | 100% | ||||\n"
	r := Parse("自评表.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "炉霍县" {
		t.Errorf("place %q, want 炉霍县", r.Place)
	}
}
