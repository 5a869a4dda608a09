package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// A question asking which places or bodies were named something ("被评成省
// 级公立医院综合改革示范县的是哪几个", "哪些医院入选了…") is answered by the
// sentence whose subject lists them before the naming verb: "黄骅、南皮和东
// 光县被评为省级公立医院综合改革示范县".

// honourVerb names a subject for a title, a list or a project.
var honourVerb = regexp.MustCompile(`被评为|被评定为|被确定为|被命名为|被列为|被认定为|获评|荣获|入选|评为|确定为|命名为|列为|认定为|成功创建|创建为|成为`)

// asksHonour is the question's own naming verb: "评成", "入选", "被确定".
var asksHonour = regexp.MustCompile(`评[成为上选定]|获评|入选|选上|确定为|被确定|命名|列为|列入|认定|创建|成为|荣获`)

// minHonourShare is the share of the question's bigrams the title after the
// verb must hold: the title asked, not another one the same bodies won.
const minHonourShare = 0.5

// honouredSubjects finds the first sentence, in rank order, whose subject
// lists at least two names before a naming verb and whose title after the
// verb is the one the question asks about.
func honouredSubjects(question string, sources []Source) ([]listItem, bool) {
	if !asksHonour.MatchString(question) {
		return nil, false
	}
	asked := bigrams(understand.Topic(asksHonour.ReplaceAllString(question, "")))
	if len(asked) < 3 {
		return nil, false
	}
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			for _, clause := range clauseSplit.Split(sent, -1) {
				m := honourVerb.FindStringIndex(clause)
				if m == nil || !namesSeveral(clause[:m[0]]) {
					continue
				}
				if coverage(asked, clause[m[1]:]) >= minHonourShare {
					return []listItem{{sent, s.N}}, true
				}
			}
		}
	}
	return nil, false
}

// clauseSplit cuts a sentence into its clauses.
var clauseSplit = regexp.MustCompile(`[，,；;]`)

// namesSeveral reports whether a subject is a list of at least two short
// names: "黄骅、南皮和东光县", "市一院及市中医院".
func namesSeveral(subject string) bool {
	if k := strings.LastIndexAny(subject, "：:"); k >= 0 {
		subject = subject[k+1:]
	}
	parts := subjectJoin.Split(strings.TrimSpace(subject), -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if n := utf8.RuneCountInString(p); n < 2 || n > 16 {
			return false
		}
	}
	return true
}

// subjectJoin joins the names of a listed subject.
var subjectJoin = regexp.MustCompile(`、|和|及|与`)
