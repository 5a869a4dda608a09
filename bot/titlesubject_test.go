package bot_test

import (
	"strings"
	"testing"
)

// "政务公开这块是咋搞的" of a 政府信息公开工作年度报告 asks how the very
// thing the report is about was done: each part of its account, by its
// opening sentences and run-in items, not the sentences that repeat the
// title's words (made-up report).
func TestHowOfTheReportsOwnSubject(t *testing.T) {
	b := botOver(t, map[string]string{
		"桐城市卫健委2022年政府信息公开工作年度报告.txt": "桐城市卫生健康委员会2022年政府信息公开工作年度报告\n一、总体情况\n" +
			"（一）主动公开情况\n2022年，我委进一步加强政务公开工作。通过区政府门户网站及微信公众号主动公开各类信息。\n" +
			"（二）依申请公开情况\n我委指定专人负责政府信息公开申请的受理。\n" +
			"（三）政府信息管理情况\n一是建立保密审查制度。坚持先审查、后发布。二是规范发布流程。\n" +
			"二、主动公开政府信息情况\n本年主动公开政府信息136条。政府信息公开工作得到群众认可。\n",
	})
	a := ask(t, b, nil, "桐城市卫健委2022年政务公开这块是咋搞的？")
	for _, want := range []string{"微信公众号", "指定专人", "先审查、后发布", "规范发布流程"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s:\n%s", want, a.Text)
		}
	}
}

// A plan's aims come before its work: how it is carried out is told by
// its tasks, not by its 总体要求 (made-up plan).
func TestHowOfAPlanSkipsItsAims(t *testing.T) {
	b := botOver(t, map[string]string{
		"健康青禾行动实施方案.txt": "健康青禾行动实施方案\n一、总体要求\n（一）指导思想\n坚持预防为主。\n（二）主要目标\n到2030年，居民健康素养水平达到30%。\n" +
			"二、主要任务\n（一）实施健康知识普及行动\n建立健康科普专家库。\n（二）实施合理膳食行动\n开展减盐减油减糖宣传。\n",
	})
	a := ask(t, b, nil, "健康青禾行动具体是怎么推的？")
	if !strings.Contains(a.Text, "健康科普专家库") || !strings.Contains(a.Text, "减盐减油减糖") || strings.Contains(a.Text, "预防为主") {
		t.Errorf("want the tasks, not the aims:\n%s", a.Text)
	}
}
