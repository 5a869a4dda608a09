package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// compositionAsked asks what parts a document is made of: "那个年报都分
// 哪几块", "方案由哪几部分组成", "报告包括哪几个部分"; not which areas of
// work it sets ("重点抓哪几块"). The question must name the document
// (documentWords, or reportWords).
var compositionAsked = regexp.MustCompile(`(?:分|分成|分为|包括|包含|由)(?:了)?(?:哪几|哪些|几)(?:大)?(?:块|部分|个部分|篇|章)|(?:哪几|哪些)(?:大)?(?:块|个部分|部分)(?:组成|构成)|(?:由|包括)(?:哪些|什么)(?:内容|部分)?(?:组成|构成)|组成部分|由什么组成`)

// reportWords name the reports whose parts staff ask besides the
// documents documentWords end.
var reportWords = []string{"年报", "总结", "文件"}

// compositionGiven is a sentence saying what parts a text is made of:
// "…从“总体情况、…”“其他需要报告的事项”六个部分组成", "全文分为五个部分",
// "报告包括以下几个方面".
var compositionGiven = regexp.MustCompile(`(?:[一二三四五六七八九十两几\d]+)(?:个|大)?(?:部分|篇|章)(?:组成|构成)?|(?:组成|构成)部分|分为(?:以下|如下)`)

// compositionItems are the sentences of the best sources that say what
// parts the text asked about is made of: the answer to "信息公开年报都分哪
// 几块". ok is false when the question asks no such thing or the sources
// say none.
func compositionItems(question string, sources []Source) ([]listItem, bool) {
	q := corpus.Normalize(question)
	if !compositionAsked.MatchString(q) || !containsAny(q, documentWords) && !containsAny(q, reportWords) {
		return nil, false
	}
	return sentencesWhere(sources, compositionGiven.MatchString)
}
