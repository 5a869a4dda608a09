package bot

import (
	"context"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// A question may name the document it asks about ("国务院实施健康中国行动
// 的意见里，2030年人均预期寿命的目标是多少"): then only that document
// answers, and what it does not hold is not found, however many other
// documents hold a figure of the same name; but another text quoting the
// document by its name says what the document says.

// minTitleShare is the share of a title's telling bigrams a question must
// hold to name the document, and minTitleBigrams how many at least: a
// place and a year ("天津…2025年") do not name "2025年天津市政府工作报告".
const (
	minTitleShare   = 0.6
	minTitleBigrams = 4
)

// titleFrame are the parts of an official title that name no document in
// particular: the issuing frame around its subject.
var titleFrame = strings.NewReplacer("中华人民共和国", "", "人民政府办公厅", "", "人民政府", "", "关于印发", "", "关于", "", "的通知", "")

// namesTitle reports whether a question names a document by its title.
func namesTitle(question, title string) bool {
	tb := bigrams(titleFrame.Replace(title))
	if len(tb) < minTitleBigrams {
		return false
	}
	n := shared(tb, question)
	return n >= minTitleBigrams && float64(n) >= minTitleShare*float64(len(tb))
}

// documentWords end the names of documents a question may name ("…的意见
// 里", "按…法", "…方案中"); a question without one names none, and is not
// searched for one.
var documentWords = []string{"意见", "方案", "规划", "纲要", "办法", "通知", "条例", "法", "规定", "要点", "计划", "报告", "公报", "决定"}

// namedDocument finds the document a question names among the passages a
// search for it finds: its file and title, ok false when it names none.
func (b *Bot) namedDocument(ctx context.Context, question string, f corpus.Filters) (file, title string, ok bool) {
	if !containsAny(question, documentWords) {
		return "", "", false
	}
	res, err := b.search.Search(ctx, corpus.Query{Text: question, Filters: f, K: 10})
	if err != nil {
		return "", "", false
	}
	for _, h := range res.Hits {
		if namesTitle(question, h.Title) {
			return h.File, h.Title, true
		}
	}
	return "", "", false
}

// documentGlue follows a document's name in a question ("…意见里说，").
const documentGlue = "里中上说提到讲规定写的，,：: "

// withoutDocumentName removes from a question the words that name its
// document (title), so that what is asked of the document remains: "国务院
// 实施健康中国行动那个意见里说，慢性病死的人占总死亡人数多少" → "慢性病死的人
// 占总死亡人数多少". The name runs from the first character it shares
// with the title to the next document word and the words that glue it on.
func withoutDocumentName(question, title string) string {
	tb := bigrams(titleFrame.Replace(title))
	rs := []rune(question)
	start := -1
	for i := 0; i+1 < len(rs); i++ {
		if tb[string(rs[i:i+2])] {
			start = i
			break
		}
	}
	if start < 0 {
		return question
	}
	end := -1
	for i := start; i < len(rs) && end < 0; i++ {
		for _, w := range documentWords {
			if strings.HasPrefix(string(rs[i:]), w) {
				end = i + len([]rune(w))
				break
			}
		}
	}
	if end < 0 {
		return question
	}
	for end < len(rs) && strings.ContainsRune(documentGlue, rs[end]) {
		end++
	}
	rest := string(rs[:start]) + string(rs[end:])
	if len([]rune(strings.TrimSpace(rest))) < 4 {
		return question // the question is the name: keep it
	}
	return rest
}

// minQuotedTitleRunes is how long a document's name quoted in a sentence
// must be to be the named document's.
const minQuotedTitleRunes = 6

// quotesDocument reports whether a sentence quotes the document titled
// title by its name in 《》 ("《“十三五”卫生与健康规划》提出" of 国务院印发“十三五”
// 卫生与健康规划).
func quotesDocument(sentence, title string) bool {
	plain := strings.NewReplacer("“", "", "”", "", "\"", "", " ", "")
	t := plain.Replace(corpus.Normalize(title))
	for _, m := range bookTitle.FindAllStringSubmatch(corpus.Normalize(sentence), -1) {
		if name := plain.Replace(m[1]); utf8.RuneCountInString(name) >= minQuotedTitleRunes && strings.Contains(t, name) {
			return true
		}
	}
	return false
}

// bookTitle is a name in 《》.
var bookTitle = regexp.MustCompile(`《([^《》]{2,60})》`)
