package understand

import (
	"strings"
	"testing"
)

// A question asking when is told by its words; a sentence stating a month,
// a year's end or a year states a time.
func TestAsksWhen(t *testing.T) {
	if !AsksWhen("第一针要求什么时候前打完？") || AsksWhen("第一针打了多少人？") {
		t.Error("AsksWhen misread")
	}
	if !StatesTime("7月底前完成首剂次接种") || !StatesTime("年内建成") || StatesTime("2025年首剂次接种3916人") {
		t.Error("StatesTime misread")
	}
}

// The words asking when are no part of the topic, and a range said with 到
// is searched as reports write it, with 至.
func TestWhenWordsAndSpokenRange(t *testing.T) {
	if got := Topic("七到九年级女生第一针要求什么时候前打完"); strings.Contains(got, "时候") {
		t.Errorf("Topic = %q keeps the words asking when", got)
	}
	if got := Expand("七到九年级女生第一针"); !strings.Contains(got, "七至九年级") {
		t.Errorf("Expand = %q, want 七至九年级", got)
	}
}

// An age's bound said in speech ("60岁往上", "14岁朝下") is searched as
// reports write it: 60岁以上, 60岁及以上.
func TestSpokenAgeBound(t *testing.T) {
	if got := Expand("七普 60岁往上的老人"); !strings.Contains(got, "60岁及以上") || !strings.Contains(got, "第七次全国人口普查") {
		t.Errorf("Expand = %q, want 60岁及以上 and 第七次全国人口普查", got)
	}
	if got := Expand("14岁朝下的娃"); !strings.Contains(got, "14岁以下") {
		t.Errorf("Expand = %q, want 14岁以下", got)
	}
}

func TestAsksDayAndRuleStart(t *testing.T) {
	for q, want := range map[string][2]bool{
		"管理办法定的是哪天开始施行？":  {true, true},
		"新规几号起执行？":        {true, true},
		"这个办法从什么时候开始实施的？": {false, true},
		"体检一共查了多少人？":      {false, false},
		"全面推开是哪一年？":       {false, false},
	} {
		if got := [2]bool{AsksDay(q), AsksRuleStart(q)}; got != want {
			t.Errorf("%s: AsksDay, AsksRuleStart = %v, want %v", q, got, want)
		}
	}
}

func TestStatesRuleStart(t *testing.T) {
	for clause, want := range map[string]bool{
		"于2021年1月1日起实施": true,
		"我中心于2020年12月21日起暂停从业人员健康证办理工作": true,
		"经市政府常务会议审议通过":                  false,
		"按照市政府2020年度立法工作计划":             false,
	} {
		if got := StatesRuleStart(clause); got != want {
			t.Errorf("StatesRuleStart(%q) = %v, want %v", clause, got, want)
		}
	}
}
