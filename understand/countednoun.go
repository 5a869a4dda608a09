package understand

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/healthbot/healthbot/corpus"
)

// countedNounPattern is the noun a count question names after 多少 or 几
// and its counter: "收到多少政府信息公开申请", "新增了几家医疗机构".
var countedNounPattern = regexp.MustCompile(`(?:多少|几)(\p{Han}{1,14})`)

// counterWords may stand between 多少/几 and the noun counted.
var counterWords = regexp.MustCompile(`^(?:` + countCounters + `|剂|针)`)

// countedNounStops end the noun: particles and the verbs a question runs on
// with ("多少医生了", "几家医院呢", "多少人参加", "多少个村卫生室搞了…专柜").
var countedNounStops = regexp.MustCompile(`(?:了|呢|啊|呀|吗|吧|的|是|有|在|参加|参与|接受|享受|签约|完成|达到|搞|弄|开展|实现|实行|推行|配备|设立|开设|纳入|落实|左右|以上|总共|一共|合计|去年|今年|前年).*$`)

// CountedNoun is the thing a count question counts, named after its
// 多少/几 and counter ("收到多少政府信息公开申请" → 政府信息公开申请), "" when
// it names none there ("签约率是多少", "多少人").
func CountedNoun(question string) string {
	q := corpus.Normalize(question)
	// The last 多少 or 几 asks: "新开的几家医院一共添了多少床位" counts beds.
	at := max(strings.LastIndex(q, "多少"), strings.LastIndex(q, "几"))
	if at < 0 {
		return ""
	}
	noun := ""
	if m := countedNounPattern.FindStringSubmatch(q[at:]); m != nil {
		named := counterWords.ReplaceAllString(m[1], "")
		if head := relativeHead(named); head != "" {
			return head
		}
		noun = countedNounStops.ReplaceAllString(named, "")
	}
	if len([]rune(noun)) < 2 {
		return nounBeforeCount(q[:at], q[at:])
	}
	return noun
}

// relativeHead is the noun a clause before 的 describes, when the words
// counted are such a clause ("找他们要公开信息的申请" → 申请): the head
// after the last 的, when the clause is long and the head ends the words;
// "" otherwise ("医院的床位" counts 医院).
func relativeHead(named string) string {
	i := strings.LastIndex(named, "的")
	if i < 0 || len([]rune(named[:i])) < minRelativeClauseRunes {
		return ""
	}
	head := named[i+len("的"):]
	if n := len([]rune(head)); n < 2 || n > 6 || countedNounStops.MatchString(head) {
		return ""
	}
	return head
}

// minRelativeClauseRunes is how long the words before 的 must be to be a
// clause describing the noun counted rather than the noun itself.
const minRelativeClauseRunes = 4

// nounBeforeCount is the noun a count question names before its 有 when a
// counter follows the 多少/几 ("能做核酸的机构有几家", "卫生院一共有多少家"):
// the words after the last 的, or the last four characters.
func nounBeforeCount(before, asked string) string {
	if !counterWords.MatchString(strings.TrimPrefix(strings.TrimPrefix(asked, "多少"), "几")) {
		return ""
	}
	rest, ok := strings.CutSuffix(before, "有")
	if !ok {
		return ""
	}
	for _, w := range []string{"一共", "总共", "共", "现", "还"} {
		rest = strings.TrimSuffix(rest, w)
	}
	if i := strings.LastIndex(rest, "的"); i >= 0 {
		rest = rest[i+len("的"):]
	}
	rs := []rune(rest)
	if len(rs) > 4 {
		rs = rs[len(rs)-4:]
	}
	if len(rs) < 2 {
		return ""
	}
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return ""
		}
	}
	return string(rs)
}

// countVerb is the verb a count question asks the count of, right before
// its 了 and 多少 or 几, or before 的有 ("一共慰问了多少人" → 慰问, "整改到位
// 的有几家" → 整改).
var countVerb = regexp.MustCompile(`(\p{Han}{2})(?:了|(?:到位|完毕|完成)?的(?:有|是))(?:多少|几)`)

// resultComplements end a verb with its result: "整改完", "处理好".
const resultComplements = "完好"

// CountVerb is the two-character verb a count question asks the count of
// ("春节一共慰问了多少人" → "慰问"), "" when it names none that way.
func CountVerb(question string) string {
	q := corpus.Normalize(question)
	ms := countVerb.FindAllStringSubmatchIndex(q, -1)
	if len(ms) == 0 {
		return ""
	}
	at := ms[len(ms)-1]
	v := q[at[2]:at[3]]
	if r := []rune(v); strings.ContainsRune(resultComplements, r[1]) && thesaurus[v] == nil {
		// "整改完了几项": the verb before its complement (整改), unless the
		// two make a lay word of their own ("干完": 完成).
		if before := []rune(q[:at[2]+len(string(r[0]))]); len(before) >= 2 {
			v = string(before[len(before)-2:])
		}
	}
	for _, w := range []string{"一共", "总共", "累计", "合计", "共计", "已经", "目前"} {
		if v == w {
			return ""
		}
	}
	if r := []rune(v); strings.ContainsRune("共计经", r[0]) {
		// "总共投了多少钱": the end of an adverb and a verb of one
		// character (投), not a verb of two.
		return string(r[1:])
	}
	return v
}
