package corpus

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Filters narrow a search. Zero values mean "any".
type Filters struct {
	Years  []int  `json:"years,omitempty"`
	Kind   Kind   `json:"kind,omitempty"`
	Org    string `json:"org,omitempty"`
	File   string `json:"file,omitempty"`
	Period string `json:"period,omitempty"` // 上半年 / 下半年, read from the question; informational
}

var (
	bareYear = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)`)
	// relative years, longest first so "前年" is not read as "年".
	relativeYears = []struct {
		word  string
		delta int
	}{
		{"大前年", -3}, {"前年", -2}, {"去年", -1}, {"上一年", -1}, {"上年度", -1}, {"上年", -1},
		{"今年", 0}, {"本年度", 0}, {"本年", 0}, {"当年", 0}, {"明年", 1}, {"下一年", 1}, {"来年", 1},
	}
	planHints    = []string{"计划", "打算", "安排", "要做", "将要", "准备做", "目标任务", "工作思路", "规划", "下一步", "明年"}
	summaryHints = []string{"总结", "做了", "做过", "干了", "完成了", "开展了", "取得了", "落实了", "实现了", "完成情况"}
)

// ParseQuestion reads the filters a question implies: years written out
// ("2023年", "二〇二三年") or relative to now ("去年", "前年"), the half of
// the year, and whether it asks about plans or about what was done. A
// question about a trend ("这几年", "历年") sets no year.
func ParseQuestion(question string, now time.Time) Filters {
	q := Normalize(question)
	var f Filters
	years := map[int]bool{}
	for _, m := range yearPattern.FindAllStringSubmatch(q, -1) {
		if y := parseYear(m[1]); y > 0 {
			years[y] = true
		}
	}
	if len(years) == 0 {
		for _, m := range bareYear.FindAllStringSubmatch(q, -1) {
			if y, _ := strconv.Atoi(m[1]); y >= 1949 && y <= 2100 {
				years[y] = true
			}
		}
	}
	rest := q
	for _, r := range relativeYears {
		if strings.Contains(rest, r.word) {
			years[now.Year()+r.delta] = true
			rest = strings.ReplaceAll(rest, r.word, "")
		}
	}
	for y := range years {
		f.Years = append(f.Years, y)
	}
	sort.Ints(f.Years)
	switch {
	case strings.Contains(q, "上半年"):
		f.Period = PeriodFirstHalf
	case strings.Contains(q, "下半年"):
		f.Period = PeriodSecondHalf
	}
	plan := containsAny(q, planHints) && !strings.Contains(q, "计划免疫") && !strings.Contains(q, "计划生育")
	summary := containsAny(q, summaryHints)
	switch {
	case plan && !summary:
		f.Kind = KindPlan
	case summary && !plan:
		f.Kind = KindSummary
	}
	return f
}

// ParseDate reads a --now or HEALTHBOT_NOW value (YYYY-MM-DD).
func ParseDate(s string) (time.Time, error) {
	return time.ParseInLocation("2006-01-02", strings.TrimSpace(s), time.Local)
}

// StripYears removes the years, relative-year and half-year words of a
// question ("2023年", "去年", "上半年"): the filters carry them, the
// searched text need not.
func StripYears(q string) string {
	q = yearPattern.ReplaceAllString(q, " ")
	for _, r := range relativeYears {
		q = strings.ReplaceAll(q, r.word, " ")
	}
	for _, p := range []string{PeriodFirstHalf, PeriodSecondHalf, "全年度", "年度"} {
		q = strings.ReplaceAll(q, p, " ")
	}
	return q
}

// questionWords are the parts of a chat question that say how it is asked,
// not what it is about.
var questionWords = []string{
	"是多少", "有多少", "多少", "有哪些", "哪些", "是什么", "什么", "怎么样", "怎么办", "怎么说", "怎么", "如何", "有没有", "是否",
	"为什么", "为啥", "干啥", "有啥", "啥", "咋样", "咋", "请问", "帮我", "帮忙", "查一下", "查查", "看看", "告诉我", "一下",
	"咱们", "我们", "咱", "大概", "一共", "总共", "情况", "这块", "这方面", "方面", "那个", "那些", "这个", "这些", "哪个",
	"哪里", "哪儿", "这儿", "那儿", "这边", "那边", "多大", "几个", "几回", "报告里", "报告中", "里面", "当时", "那会儿",
	"了没有", "没有", "吗", "呢", "吧", "啊", "呀", "的话",
}

// QuestionTopic is what a question is about: Simplified and normalised,
// without the years and relative-time words its filters carry and without
// question words. A question that is nothing but those is returned whole.
func QuestionTopic(question string) string {
	q := StripYears(Normalize(question))
	for _, w := range questionWords {
		q = strings.ReplaceAll(q, w, " ")
	}
	q = strings.Join(strings.FieldsFunc(q, func(r rune) bool {
		return r == ' ' || r == '?' || r == ',' || r == '。' || r == '!' || r == '、' || r == ';' || r == ':'
	}), " ")
	if strings.TrimSpace(q) == "" {
		return Normalize(question)
	}
	return q
}
