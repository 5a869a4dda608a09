package understand

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
)

// questionWords are the parts of a chat question that say how it is asked,
// not what it is about.
var questionWords = []string{
	"是多少", "有多少", "多少", "有哪些", "哪些", "是什么", "什么", "怎么样", "怎么办", "怎么说", "怎么", "如何", "有没有", "是否",
	"为什么", "为啥", "干啥", "有啥", "啥", "咋样", "咋", "请问", "帮我", "帮忙", "查一下", "查查", "看看", "告诉我", "一下",
	"咱们", "我们", "咱", "大概", "一共", "总共", "情况", "这块", "这方面", "方面", "那个", "那些", "这个", "这些", "哪个",
	"哪里", "哪儿", "这儿", "那儿", "这边", "那边", "多大", "几个", "几回", "报告里", "报告中", "里面", "当时", "那会儿",
	"了没有", "没有", "吗", "呢", "吧", "啊", "呀", "的话",
}

// Topic is what a question is about: Simplified and normalised, without
// the years, relative-time words and place its filters carry and without
// question words. A question that is nothing but those is returned whole.
func Topic(question string) string {
	q := StripYears(corpus.Normalize(question))
	q = stripPlaces(q)
	for _, w := range questionWords {
		q = strings.ReplaceAll(q, w, " ")
	}
	q = strings.Join(strings.FieldsFunc(q, func(r rune) bool {
		return r == ' ' || r == '?' || r == ',' || r == '。' || r == '!' || r == '、' || r == ';' || r == ':'
	}), " ")
	if strings.TrimSpace(q) == "" {
		return corpus.Normalize(question)
	}
	return q
}

// stripPlaces removes the places named in q (and a possessive 的 after
// them): the place filter carries them.
func stripPlaces(q string) string {
	ms := places.Find(q)
	if len(ms) == 0 {
		return q
	}
	var b strings.Builder
	last := 0
	for _, m := range ms {
		if m.Start < last {
			continue
		}
		b.WriteString(q[last:m.Start])
		b.WriteByte(' ')
		last = m.End
		last += len(placeTail(q[last:]))
	}
	b.WriteString(q[last:])
	return b.String()
}

// placeTail is what follows a place name and belongs to it when the
// question names the place only: "的", or the body that governs it
// ("卫健委", "人民政府").
func placeTail(s string) string {
	for _, t := range []string{"卫生健康委员会", "卫生健康委", "卫健委", "卫生健康局", "卫健局", "卫生局", "人民政府", "政府", "全省", "全市", "全县", "的"} {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}
