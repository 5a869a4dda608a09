package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A question asking what one body leads or answers for ("为民办实事里，卫
// 健委牵头的是哪几件") is answered by the clause in which that body, and not
// another of those named side by side, takes on a list: "海南省卫健委负责
// 适龄女生HPV疫苗接种、新生儿先天性心脏病筛查与诊治、…等四个项目".

// dutyAsked asks what the body before the verb leads: it captures the body.
var dutyAsked = regexp.MustCompile(`(\p{Han}{2,12}?)(?:来|主要|具体)?(?:牵头|负责|承担|主抓|主管)(?:的|了)?(?:是|有)?(?:哪几|哪些|什么|啥)`)

// bodyAfter ends the words before the body a question names.
var bodyAfter = regexp.MustCompile(`[里中上，,的]`)

// dutyVerb takes on a list in a report.
var dutyVerb = regexp.MustCompile(`牵头|负责|承担|主抓|主管`)

// bodyForms spell a health body both ways.
var bodyForms = strings.NewReplacer("卫生健康委员会", "卫健委", "卫生健康委", "卫健委", "卫生健康局", "卫健局", "卫生和计划生育委员会", "卫计委")

// dutyItems finds, in rank order, the clause in which the body a question
// names takes on a list of at least two items.
func dutyItems(question string, sources []Source) ([]listItem, bool) {
	m := dutyAsked.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return nil, false
	}
	body := bodyForms.Replace(m[1])
	if parts := bodyAfter.Split(body, -1); len(parts) > 1 {
		body = parts[len(parts)-1] // "为民办实事里，卫健委" → 卫健委
	}
	if len([]rune(body)) < 2 {
		return nil, false
	}
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			for _, clause := range dutyClauses.Split(sent, -1) {
				v := dutyVerb.FindStringIndex(clause)
				if v == nil || !strings.Contains(bodyForms.Replace(clause[:v[0]]), body) || strings.Count(clause[v[1]:], "、") < 1 {
					continue
				}
				clause = strings.TrimLeft(strings.TrimPrefix(strings.TrimSpace(clause), "其中"), ",， ")
				return []listItem{{clause, s.N}}, true
			}
		}
	}
	return nil, false
}

// dutyClauses cuts a sentence where one body's duties end and the next's
// begin.
var dutyClauses = regexp.MustCompile(`[；;。]|,其中,?|，其中，?`)
