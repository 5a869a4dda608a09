package understand

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// overviewCues ask how a year's work went as a whole.
var overviewCues = []string{
	"总体", "整体", "总的来说", "总的", "大事", "概况", "干成", "亮点", "拿得出手", "出彩", "成绩", "主要做了", "主要干了", "主要工作",
	"做了哪些工作", "干了哪些", "做了什么工作", "工作总结", "总结里", "主要打算", "主要安排",
}

// overviewFillers are what an overview question says besides its cue:
// the bureau, the year's whole, the report it was written in.
var overviewFillers = []string{
	"总结里说", "总结里", "工作总结", "总结", "总的来说", "总的", "总体上", "总体", "整体上", "整体", "全年", "一年",
	"几件大事", "大事", "概况", "干成", "亮点", "拿得出手", "出彩", "成绩", "主要", "主", "介绍", "说说", "讲讲", "说", "成",
	"卫生健康委", "卫健委", "卫健局", "卫生局", "年度", "报告",
}

// overviewFields name the health field as a whole: an overview of it is
// the whole of a health bureau's report.
var overviewFields = []string{"卫生健康", "医疗卫生", "卫健", "卫生", "健康", "医疗"}

// WantsOverview reports whether a question asks how a year's work went as
// a whole ("今年主要做了哪些工作", "总体情况怎么样", "干成了哪几件大事"),
// about no one topic; field reports that it names the health field as a
// whole ("卫生健康工作总体情况"), which only a health report's whole
// answers (in a government work report it is one part among many).
func WantsOverview(question string) (ok, field bool) {
	q := corpus.Normalize(question)
	if !containsAny(q, overviewCues) {
		return false, false
	}
	rest := topicWords(question)
	for _, w := range overviewFillers {
		rest = strings.ReplaceAll(rest, w, " ")
	}
	bare := rest
	for _, w := range overviewFields {
		bare = strings.ReplaceAll(bare, w, " ")
	}
	if strings.TrimSpace(strings.Trim(bare, particles+" ")) != "" {
		return false, false
	}
	return true, strings.TrimSpace(rest) != ""
}
