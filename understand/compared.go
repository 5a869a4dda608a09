package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// comparedMeasure is a question comparing one measure with another of the
// same place and time: "主动公开的文件比发的公告多几条", "压到下一年的申请，
// 比上一年转过来的少了几件", "微信比微博多发了多少条" (a verb after 多). The
// groups are what comes before 比, what is compared with, and the counter
// asked ("条").
var comparedMeasure = regexp.MustCompile(`^(.+?)[，,]?\s*比(\p{Han}{2,16}?)的?(?:还|要)?(?:多|少|高|低)(?:发|收|开|办|报|建|招|做|看|花|用|接|派|干|搞)?(?:了|出|出来)?(?:多少|几)(\p{Han})?`)

// ComparedMeasures splits a question comparing two measures into the two
// questions of their values, the first with the question's place and time,
// the second with only its measure (a compound answer gives it the first's
// place and time); nil when the question compares a measure with its own
// past ("比上年多了多少"), another place's ("比全省高多少") or nothing.
func ComparedMeasures(question string) []string {
	q := corpus.Normalize(question)
	if p := startEndParts(q); p != nil {
		return p
	}
	m := comparedMeasure.FindStringSubmatch(q)
	if m == nil {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(m[2]); strings.ContainsRune("例较重率值", r) {
		return nil // 比例, 比较, 比重: a word, no comparison
	}
	if r, _ := utf8.DecodeLastRuneInString(m[1]); strings.ContainsRune("对相占同环无好", r) {
		return nil // 对比, 占比, 同比: a word
	}
	if r, _ := utf8.DecodeLastRuneInString(m[2]); strings.ContainsRune("提升增降偏", r) {
		return nil // "比上年提高了多少": 提高, a change, not 高 of a comparison
	}
	other := m[2]
	// What is left of it once its time is taken off ("上一年转过来的":
	// 转过来的) must name a measure: a year, a period ("去年同期") or a
	// place ("全省") is a base, not a measure.
	rest := strings.TrimSpace(StripYears(other))
	for _, w := range []string{"同期", "以前", "之前", "原来", "过去", "往年", "前一年", "上一年", "那时", "当时"} {
		rest = strings.ReplaceAll(rest, w, "")
	}
	if !HasOwnTopic(rest) || Place(other) != "" || areaBase.MatchString(other) {
		return nil
	}
	if strings.TrimSpace(Topic(m[1])) == "" {
		return nil
	}
	count := "多少"
	if m[3] != "" && strings.Contains(countCounters, m[3]) {
		count += m[3]
	}
	return []string{m[1] + "有" + count + "？", other + "有" + count + "？"}
}

// areaBase is a whole area or its average compared with: "全省", "全国平均".
var areaBase = regexp.MustCompile(`^(?:全(?:国|省|市|县|区|州|盟|旗)|(?:国家|省|市|县)(?:平均|均值))|平均(?:水平|值)?$`)

// startEnd asks how a measure changed between the start and the end of a
// period that a form gives in two columns: "资产从年初到年末变了多少",
// "人员期初到期末增加了几个". The groups are the measure (with the place and
// time asked), the start and the end.
var startEnd = regexp.MustCompile(`^(.+?)从?(年初|期初|年初数|上年末)到(年末|期末|年末数|本年末)(?:的)?(?:变成|变化|变|增加|减少|增长|下降|涨|降|多|少)了?(?:多少|几)`)

// startEndParts splits a start-to-end question into the questions of the
// two values (the start's with the place and time asked), nil for any
// other question.
func startEndParts(q string) []string {
	m := startEnd.FindStringSubmatch(q)
	if m == nil || strings.TrimSpace(Topic(m[1])) == "" {
		return nil
	}
	column := func(s string) string { return strings.TrimSuffix(s, "数") + "数" }
	return []string{m[1] + column(m[2]) + "有多少？", Topic(m[1]) + column(m[3]) + "有多少？"}
}
