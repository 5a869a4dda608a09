package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A question asking which places or bodies were named something ("被评成省
// 级公立医院综合改革示范县的是哪几个", "哪些医院入选了…") is answered by the
// sentence whose subject lists them before the naming verb: "黄骅、南皮和东
// 光县被评为省级公立医院综合改革示范县".

// honourVerb names a subject for a title, a list or a project.
var honourVerb = regexp.MustCompile(`被评为|被评定为|被确定为|被命名为|被列为|被认定为|获评|荣获|入选|评为|确定为|命名为|列为|认定为|成功创建|创建为|成为|创建|争创`)

// asksHonour is the question's own naming verb: "评成", "入选", "被确定".
var asksHonour = regexp.MustCompile(`(?:在|正在|争)创|评[成为上选定]|获评|入选|选上|确定为|被确定|命名|列为|列入|认定|创建|成为|荣获`)

// gradeNamed is a grade a title gives: "三星级", "二级甲等", "5A级".
var gradeNamed = regexp.MustCompile(`[一二三四五六七八九十0-9]+(?:星级|级甲等|级乙等|A级|星|级)`)

// minHonourShare is the share of the question's bigrams the title after the
// verb must hold: the title asked, not another one the same bodies won.
const minHonourShare = 0.5

// honouredSubjects finds, in rank order, the clause whose subject lists at
// least two names before a naming verb and whose title after the verb is
// the one the question asks about, or the sentence conferring that title
// on at least two names (授予…“…”称号).
func honouredSubjects(question string, sources []Source) ([]listItem, bool) {
	if !asksHonour.MatchString(question) || !understand.WantsList(question) {
		return nil, false
	}
	topic := understand.Topic(asksHonour.ReplaceAllString(question, ""))
	asked, official := bigrams(topic), bigrams(understand.Substitute(topic))
	if len(asked) < 3 {
		return nil, false
	}
	grade := gradeNamed.FindString(topic) // "三星级": no other grade's
	names := func(title string) bool {
		title = bracketMarks.Replace(title) // "先进县(市)": 县市
		return max(coverage(asked, title), coverage(official, title)) >= minHonourShare && strings.Contains(title, grade)
	}
	for _, s := range sources {
		var each []listItem // sentences that each name one for the title
		for _, sent := range bodySentences(s.Text) {
			for _, clause := range clauseSplit.Split(corpus.Simplify(sent), -1) {
				if m := honourVerb.FindStringIndex(clause); m != nil && m[0] == 0 && names(clause[m[1]:]) {
					// "福康家园养老服务中心评定总分为637，…，确定为三星级
					// 养老机构": one named per sentence, the title closing it.
					each = append(each, listItem{sent, s.N})
					break
				}
				if listed, title, ok := conferredOn(clause); ok && namesSeveral(listed) && names(title) {
					return []listItem{{sent, s.N}}, true // "授予子长市、吴起县…等四县(市)“…先进县(市)”称号"
				}
				m := honourVerb.FindStringIndex(clause)
				if m == nil || !namesSeveral(clause[:m[0]]) {
					continue
				}
				if names(clause[m[1]:]) {
					// The clause alone: the sentence's other clauses may
					// list others for another title ("推进喀什市、岳普湖县
					// 创建国家级卫生城市,疏附、叶城、塔县创建自治区级卫生县城").
					return []listItem{{originalClause(sent, clause), s.N}}, true
				}
			}
		}
		if len(each) >= 2 {
			return each[:min(len(each), maxListItems)], true
		}
	}
	return nil, false
}

// conferral confers a title on those listed after its verb: "授予子长市、吴起
// 县、洛川县、宜川县等四县(市)“2019年度…先进县(市)”称号".
var conferral = regexp.MustCompile(`(?:授予|命名|评定|表彰)([^“”"]{2,80}?)(?:等[一二三四五六七八九十两0-9]+\p{Han}{0,3}(?:[(（]\p{Han}{1,3}[)）])?)?[“"]([^”"]{2,40})[”"]`)

// conferredOn reads a clause conferring a title: the names listed and the
// title.
func conferredOn(clause string) (names, title string, ok bool) {
	m := conferral.FindStringSubmatch(clause)
	if m == nil {
		return "", "", false
	}
	return m[1], m[2], true
}

// originalClause is the clause as the sentence writes it (in its own
// script), found by its place among the sentence's clauses; the whole
// sentence when the two do not line up.
func originalClause(sent, simplified string) string {
	parts := clauseSplit.Split(sent, -1)
	for i, c := range clauseSplit.Split(corpus.Simplify(sent), -1) {
		if c == simplified && i < len(parts) {
			return strings.TrimSpace(parts[i])
		}
	}
	return sent
}

// bracketMarks are dropped from a title before it is matched.
var bracketMarks = strings.NewReplacer("(", "", ")", "", "（", "", "）", "")

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
		if n := utf8.RuneCountInString(p); n < 2 || n > 16 || countedPart.MatchString(p) {
			return false // "我区3个市、6个县城及乡镇": counts, no names
		}
	}
	return true
}

// countedPart is a count standing where a name would: "3个市", "6个县城".
var countedPart = regexp.MustCompile(`[0-9一二三四五六七八九十两]+个`)

// subjectJoin joins the names of a listed subject.
var subjectJoin = regexp.MustCompile(`、|和|及|与`)
