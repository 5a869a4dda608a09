package retrieval

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// questionWords are the parts of a chat question that say how it is asked,
// not what it is about; they are dropped from the text that is searched.
var questionWords = []string{
	"是多少", "有多少", "多少", "有哪些", "哪些", "是什么", "什么", "怎么样", "怎么办", "怎么说", "怎么", "如何", "有没有", "是否",
	"为什么", "为啥", "干啥", "有啥", "啥", "咋样", "咋", "请问", "帮我", "帮忙", "查一下", "查查", "看看", "告诉我", "一下",
	"咱们", "我们", "咱", "大概", "一共", "总共", "情况", "这块", "这方面", "方面", "那个", "那些", "这个", "这些", "哪个",
	"哪里", "哪儿", "这儿", "那儿", "这边", "那边", "多大", "几个", "几回", "报告里", "报告中", "里面", "当时", "那会儿",
	"了没有", "没有", "吗", "呢", "吧", "啊", "呀", "的话",
}

// SearchText is the part of a question that is searched: Simplified and
// normalised, without the years and relative-time words the filters
// already carry, and without question words.
func SearchText(question string) string {
	q := corpus.Normalize(question)
	q = corpus.StripYears(q)
	for _, w := range questionWords {
		q = strings.ReplaceAll(q, w, " ")
	}
	q = strings.Join(strings.FieldsFunc(q, func(r rune) bool {
		return r == ' ' || r == '？' || r == '?' || r == '，' || r == ',' || r == '。' || r == '！' || r == '!' || r == '、'
	}), " ")
	if strings.TrimSpace(q) == "" {
		return corpus.Normalize(question) // nothing left: search the question as asked
	}
	return expandQuery(q)
}
