package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Keywords that tell a plan from a summary, matched on Simplified text.
var (
	planWords = []string{
		"工作计划", "工作安排", "工作打算", "工作思路", "工作要点", "工作重点", "目标任务", "主要任务",
		"重点任务", "下一步", "下步", "明年", "来年", "计划", "安排", "打算", "思路", "展望", "规划",
	}
	summaryWords = []string{
		"工作总结", "总结", "主要成效", "工作成效", "成效", "成绩", "完成情况", "工作回顾", "回顾",
		"主要做法", "开展情况", "工作情况", "进展情况", "存在的问题", "存在问题", "困难和问题", "取得",
	}
	// "计划免疫", "计划生育" are programmes, not plans.
	notPlan = regexp.MustCompile(`计划(?:免疫|生育|单列|内|外)|规划(?:局|院|办)`)
)

// headingKind classifies a heading as plan or summary text, or "" when the
// heading says neither.
func headingKind(simplified string) Kind {
	h := notPlan.ReplaceAllString(simplified, "")
	plan := containsAny(h, planWords)
	summary := containsAny(h, summaryWords)
	switch {
	case plan && summary:
		// "2023年工作总结和2024年工作计划": the title of a report holding both.
		if strings.Index(h, "总结") < strings.Index(h, "计划") {
			return KindSummary
		}
		return KindPlan
	case plan:
		return KindPlan
	case summary:
		return KindSummary
	}
	return ""
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// titleKeyword ends a report title that runs straight into its text
// ("2022年卫生工作总结和卫生工作计划___年全市卫生工作…").
var titleKeyword = regexp.MustCompile(`(?:总结|计划|报告|要点|安排|打算|思路|汇报|规划|方案|述职)`)

// maxTitleRunes: a first line longer than this is text, not a title.
const maxTitleRunes = 60

// detectTitle finds the title at the start of a report body: the first
// non-empty line when it is short and is not an outline heading or a
// sentence, or the leading phrase of a run-in first line up to its last
// report keyword. It returns the title span (empty if none).
func detectTitle(text string, body Span) Span {
	for _, line := range lines(text[body.Start:body.End]) {
		line = trimSpan(text, Span{line.Start + body.Start, line.End + body.Start})
		if line.Len() == 0 {
			continue
		}
		l := text[line.Start:line.End]
		if _, ok := matchMarker(text[:line.End], line.Start); ok {
			return Span{}
		}
		n := utf8.RuneCountInString(l)
		if n <= maxTitleRunes && !containsSentenceEnd(l) && !strings.ContainsAny(l, "，,") {
			return line
		}
		// A title run into the first paragraph: take the longest prefix of
		// the first maxTitleRunes runes, free of punctuation, that ends with a
		// report keyword.
		prefix := l
		cut := 0
		for i := range l {
			if cut == maxTitleRunes {
				prefix = l[:i]
				break
			}
			cut++
		}
		if p := strings.IndexAny(prefix, "，,。；;：:！？!?"); p >= 0 {
			prefix = prefix[:p]
		}
		simp := Simplify(prefix)
		if simp != prefix {
			return Span{} // conversion changed lengths; do not guess offsets
		}
		ms := titleKeyword.FindAllStringIndex(simp, -1)
		if len(ms) == 0 || utf8.RuneCountInString(prefix[:ms[len(ms)-1][1]]) < 6 {
			return Span{}
		}
		return Span{line.Start, line.Start + ms[len(ms)-1][1]}
	}
	return Span{}
}

// placeSuffixes end the name of a place whose bureau writes a report: 南陵县,
// 西城区, 阜阳市, 某某自治县, 某某旗.
var placeSuffixes = []string{"自治县", "自治州", "县", "区", "市", "州", "旗", "盟"}

// notOrgPrefix are characters that never start a place name here ("全市",
// "我县", "城区", "市县"); notOrg are whole names to ignore.
const notOrgPrefix = "全我本该各市县区省城辖社片园景新老郊乡村镇街两三四五六七八九十一上下分每此当其院地营管小大中山在对和与及的了为是由向到从"

// notPlaceBeforeSuffix are characters that, right before 市/县/区, make a
// common word rather than a name ("全市", "我县", "本区", "社区").
const notPlaceBeforeSuffix = "全我本该各此其每社辖园片景街郊营"

var notOrg = map[string]bool{
	"开发区": true, "高新区": true, "示范区": true, "保护区": true, "风景区": true, "试验区": true,
	"功能区": true, "居住区": true, "主城区": true, "县市区": true, "门诊区": true, "城市": true,
	"都市": true, "超市": true, "上市": true, "专区": true, "地区": true, "疫区": true, "灾区": true,
	"牧区": true, "山区": true, "库区": true, "误区": true, "病区": true, "社区": true, "城区": true,
}

// detectOrg names the place a report is about: the most frequent place name
// that appears at least twice, or once in the title.
func detectOrg(title, body string) string {
	if o := bestPlace(title, 1); o != "" {
		return o
	}
	return bestPlace(body, 2)
}

// bestPlace counts, before every place suffix, the two- and three-character
// names that could end there, and returns the most frequent. A real name
// repeats while the characters before it vary; on a tie the longer name wins
// (哈尔滨市 over 尔滨市).
func bestPlace(s string, minCount int) string {
	counts := map[string]int{}
	first := map[string]int{}
	runes := []rune(s)
	for i := range runes {
		for _, suf := range placeSuffixes {
			sr := []rune(suf)
			if i+len(sr) > len(runes) || string(runes[i:i+len(sr)]) != suf {
				continue
			}
			// "全市", "我县", "社区": the word before the suffix says it is no name.
			if i == 0 || strings.ContainsRune(notPlaceBeforeSuffix, runes[i-1]) {
				break
			}
			for n := 2; n <= 3; n++ {
				if i-n < 0 {
					break
				}
				name := runes[i-n : i+len(sr)]
				ok := true
				for _, r := range name[:n] {
					if !unicode.Is(unicode.Han, r) {
						ok = false
					}
				}
				if !ok || strings.ContainsRune(notOrgPrefix, name[0]) || notOrg[string(name)] {
					break
				}
				if strings.ContainsAny(string(name[:n]), "了的着过是在好") || containsAny(string(name[:n]), notPlaceVerbs) {
					continue
				}
				if !placeContext(runes, i-n, i+len(sr)) {
					continue
				}
				counts[string(name)]++
				if _, seen := first[string(name)]; !seen {
					first[string(name)] = i
				}
			}
			break
		}
	}
	best, bestN := "", 0
	for name, n := range counts {
		if n < minCount {
			continue
		}
		better := n > bestN
		if n == bestN {
			lb, ln := utf8.RuneCountInString(best), utf8.RuneCountInString(name)
			better = ln > lb || (ln == lb && first[name] < first[best])
		}
		if better {
			best, bestN = name, n
		}
	}
	return best
}

// notPlaceVerbs precede 县/市/区 in running text ("落实县妇幼保健院",
// "组织市人民医院") without naming a place.
var notPlaceVerbs = []string{
	"落实", "组织", "推进", "加强", "完成", "开展", "召开", "参加", "深入", "全面", "建设", "创建",
	"督促", "协调", "联系", "配合", "指导", "支持", "申报", "通过", "争创", "成立", "设立", "覆盖",
	"进入", "纳入", "实现", "成功", "卫生", "文明", "健康", "示范", "先进", "迎接", "陪同", "带领",
	"举办", "协助", "邀请", "会同", "配备", "检查", "督查", "考核", "评估", "选派", "派驻", "对口",
}

// orgWords follow a place name when it names a body: 南陵县卫健委,
// 西城区卫生局, 南陵县总医院.
var orgWords = []string{
	"卫生", "卫健", "卫计", "人民", "政府", "委", "总医院", "医院", "中医", "妇幼", "疾控",
	"疾病预防", "计生", "医共体", "党委", "财政", "教育", "公安", "民政", "红十字",
}

// placeContext reports whether the name in runes[start:end] is written
// where a place name stands: after a boundary (line start, punctuation,
// "在", "对"…) or before the name of a body.
func placeContext(runes []rune, start, end int) bool {
	if start == 0 || !unicode.Is(unicode.Han, runes[start-1]) || strings.ContainsRune("在对为由向与和及至到据经将把从", runes[start-1]) {
		return true
	}
	rest := string(runes[end:min(end+4, len(runes))])
	for _, w := range orgWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// detectPeriod reads 上半年/下半年 from a title or heading, else 全年.
func detectPeriod(texts ...string) string {
	for _, t := range texts {
		switch {
		case strings.Contains(t, "上半年"):
			return PeriodFirstHalf
		case strings.Contains(t, "下半年"):
			return PeriodSecondHalf
		}
	}
	return PeriodYear
}
