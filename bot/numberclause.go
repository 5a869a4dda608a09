package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// A question after one number answered from the passages' sentences (no
// figure matched it) is quoted the clause that holds the number asked, not
// the whole sentence with its other numbers ("…共130条,转载文章143篇,…" for
// "转了多少篇别人的文章"): the others would read as answers too.

// unitMatchWeight is what a number in the unit asked adds to a clause's
// score, as much as two of the question's words.
const unitMatchWeight = 2

// askedClause is the clause of sent that holds a number and best matches
// the question: its words (own and the official terms searched for them)
// and the unit it asks ("篇"), the first on a tie; ok is false when the
// question asks no unit, sent holds fewer than two clauses with a number,
// or the best neither writes the unit asked nor shares two words.
func askedClause(sent, question, searchText string) (string, bool) {
	clauses := splitClauses(strings.TrimRight(sent, "。；;"))
	q := bigrams(understand.Topic(question))
	for g := range bigrams(searchText) {
		q[g] = true
	}
	unit := understand.AskedUnit(question)
	if unit == "" || strings.Contains(question, "第几") {
		return "", false // a rank ("排第几名") is no amount in a unit
	}
	unit = reportedCounter(clauses, unit)
	perHead := understand.PerHeadAsked(question)
	best, bestScore, numbered := -1, 0.0, 0
	for i, c := range clauses {
		score, ok := numberedScore(c, q, unit)
		if !ok {
			continue
		}
		if perHead != "" && strings.Contains(c, "每"+perHead) {
			// "一万个人能摊到几张床位": the count per 万, not the count.
			score += unitMatchWeight
		}
		numbered++
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 || !numberIn(clauses[best], unit) && bestScore < unitMatchWeight {
		return "", false
	}
	item, cut := askedItem(clauses[best], q, unit)
	last := best
	if !numberIn(item, unit) && !quotesQuantityAsked(item, unit) && best+1 < len(clauses) && numberIn(clauses[best+1], unit) {
		// The clause that names what is asked, its amount in the next
		// ("为80周岁以上低保老人增发高龄补贴，每人每月100元"): both.
		item, cut, last = spanOf(sent, clauses[best], clauses[best+1]), false, best+1
	} else if !cut && best+1 < len(clauses) && addedNotAsked(clauses[best], question) && totalClause.MatchString(clauses[best+1]) && numberIn(clauses[best+1], unit) {
		// "新增社康机构91家,总数达833家" for "社康一共有几家了": the total
		// the next clause gives, beside what was added.
		item, last = spanOf(sent, clauses[best], clauses[best+1]), best+1
	} else if numbered < 2 && !cut {
		return "", false
	}
	out := item
	if !understand.AsksChange(question) && !understand.AsksBothEnds(question) {
		// "…最多能报多少": the level a change reached, not where it
		// started ("…住院最高支付限额…提高到15万元").
		if last := lastNumber(out); last != "" {
			out = elideBase(out, last)
		}
	}
	if best > 0 || cut && !strings.HasPrefix(clauses[best], item) {
		out = "…" + out
	}
	if last < len(clauses)-1 || cut && !strings.HasSuffix(clauses[best], item) {
		out += "…"
	}
	return out, true
}

// reportedCounter is the counter the clauses give the amount asked in:
// the unit asked, or when no clause counts in it, another word for it that
// one does ("窗口接了多少单" is answered in 件: "受理…申请270件").
func reportedCounter(clauses []string, unit string) string {
	if slices.ContainsFunc(clauses, func(c string) bool { return numberIn(c, unit) }) {
		return unit
	}
	for _, near := range nearCounters[unit] {
		if slices.ContainsFunc(clauses, func(c string) bool { return numberIn(c, near) }) {
			return near
		}
	}
	return unit
}

// totalClause opens a clause giving the total after what was added:
// "总数达833家", "累计达到…", "共有…".
var totalClause = regexp.MustCompile(`^\s*(?:总数|总量|累计|合计|共计|共有|总计|全市共|全县共|全区共|全省共)`)

// addedNotAsked reports whether a clause counts what was added (新增, 新建)
// and the question asks no such thing.
func addedNotAsked(clause, question string) bool {
	return containsAny(clause, addedWords) && !strings.Contains(question, "新")
}

// addedWords say what was added: "新增", "新建".
var addedWords = []string{"新增", "新建", "新开", "新设"}

// numberedScore is how well a clause or item holding a number matches the
// question's words q and the unit asked ("143篇" for 多少篇, not "130条");
// ok is false when it holds no number but a year ("2024年" dates it).
func numberedScore(text string, q map[string]bool, unit string) (float64, bool) {
	if !strings.ContainsAny(yearWords.ReplaceAllString(text, ""), "0123456789") {
		return 0, false
	}
	score := float64(shared(q, text))
	if numberIn(text, unit) {
		score += unitMatchWeight
	}
	return score, true
}

// askedItem is the item of a clause listing several numbers between 、
// ("该院累计完成门急诊45184人次、出院患者2856人次、各类手术100余台") that
// alone best matches the question's words q and the unit asked; the
// clause itself, cut false, when it lists fewer than two numbers or no
// item matches better than every other.
func askedItem(clause string, q map[string]bool, unit string) (string, bool) {
	items := strings.Split(clause, "、")
	if len(items) < 2 {
		return clause, false
	}
	best := soleBest(items, func(it string) (float64, bool) { return numberedScore(it, q, unit) })
	if best < 0 {
		return clause, false
	}
	return items[best], true
}

// numberIn reports whether text writes a number in unit ("143篇", "2.5万元").
func numberIn(text, unit string) bool {
	for i := 0; i < len(text); {
		if !isASCIIDigit(text[i]) {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		j := i
		for j < len(text) && (isASCIIDigit(text[j]) || text[j] == '.') {
			j++
		}
		rest := strings.TrimLeft(text[j:], " 余多")
		for _, m := range []string{"万", "亿", "千"} {
			rest = strings.TrimPrefix(rest, m)
		}
		if strings.HasPrefix(rest, unit) {
			return true
		}
		if slices.Contains(peopleCounters, unit) && slices.ContainsFunc(peopleCounters, func(c string) bool { return strings.HasPrefix(rest, c) }) {
			return true // "1500名" for "多少人"
		}
		i = j
	}
	return false
}

// peopleCounters count people: a number in one is a number in any.
var peopleCounters = []string{"人", "名", "位"}

// oneAnswerInUnit keeps, of the sentences picked for a question asking one
// number in unit, the first one that writes a number in that unit and
// drops the later ones that do too: each would be another answer
// ("为1500名…患者发放免费药品" before "为2559名…残疾人提供…康复服务").
// Sentences with no such number stay, and all do when the first picked
// writes none.
func oneAnswerInUnit(picked []scored, unit string) []scored {
	if unit == "" || len(picked) < 2 || !numberIn(picked[0].text, unit) {
		return picked
	}
	out := picked[:1:1]
	for _, p := range picked[1:] {
		if !numberIn(p.text, unit) {
			out = append(out, p)
		}
	}
	return out
}

// lastNumber is the last number written in text ("15" of "由4万元提高到15
// 万元"), "" when it writes none.
func lastNumber(text string) string {
	end := -1
	for i := len(text) - 1; i >= 0; i-- {
		if isASCIIDigit(text[i]) {
			end = i + 1
			break
		}
	}
	if end < 0 {
		return ""
	}
	start := end
	for start > 0 && (isASCIIDigit(text[start-1]) || text[start-1] == '.') {
		start--
	}
	return text[start:end]
}
