package figures

import (
	"regexp"
	"strings"
	"unicode"
)

// qualifierGuards lists, for qualifiers that also end common compounds,
// the runes before them that make the compound ("签约" is not 约).
var qualifierGuards = map[string]string{
	"约":  "签节制预契邀相公条特",
	"达":  "下到传表发通送抵雷转直",
	"近":  "最附亲邻靠",
	"超":  "赶",
	"仅":  "不",
	"达到": "",
	"超过": "",
}

// skipGuards lists, for skipped words that also end common compounds,
// the runes before them that make the compound ("人均" is not 均,
// "行为" is not 为).
var skipGuards = map[string]string{
	"均":  "人平生户日月年次床亩",
	"均为": "人平年",
	"都":  "首",
	"有":  "所拥没具占享含实",
	"为":  "作成行认称因以更较",
	"是":  "但就或总还于凡",
	"计":  "统会设审估预",
	"在":  "存现所实内外潜",
	"到":  "报达做受得遇收想感看找来迟",
	"至":  "甚以直乃",
	"的":  "目有",
	"和":  "总缓温平柔饱",
	"及":  "普涉危顾波触来惠",
	"与":  "参给赋",
	"等":  "平同相一二三优高中初",
	"要":  "主重需只纪摘概",
	"需":  "必急所供",
	"应":  "供相响对适反效回答",
	"正":  "纠修改公真端校",
	"还":  "归偿退",
	"共":  "公总中",
	"了":  "除为",
	"将":  "",
}

// unguardedSkip is the length of the longest skipped word ending at e that
// is not the tail of a compound ("平均为": not 均为, but 为), 0 if none.
func unguardedSkip(n []rune, lo, e int) int {
	for _, w := range skipVerbs {
		if l := len(w); e-l >= lo && eqRunes(n[e-l:e], w) && !skipGuarded(n, e, l) {
			return l
		}
	}
	return 0
}

// skipGuarded reports whether the skipped word of length l ending at e is
// really the tail of a compound.
func skipGuarded(n []rune, e, l int) bool {
	g := skipGuards[string(n[e-l:e])]
	return g != "" && e-l-1 >= 0 && strings.ContainsRune(g, n[e-l-1])
}

// compGuards lists runes before 比 that make it a noun or an adjective
// ("占比", "性别比", "可比价格").
const compGuardsBefore = "占之别对相无好可"

// compGuardsAfter lists runes after 较 or 比 that make them adverbs or
// nouns ("较好", "比例").
const compGuardsAfter = "好大高低为快多少差强弱长短重例率值重较"

// prefix is what the backward scan found between a label and its number.
type prefix struct {
	labelEnd   int      // where the label text ends
	quals      []string // qualifiers, in text order
	skipped    [][2]int // rune spans of skipped words, in backward order
	cmpA, cmpB int      // span of a comparison phrase, if any
}

// scanPrefix walks back from the number at a (not below lo) over
// qualifiers, comparison phrases and skipped verbs.
func scanPrefix(t *text, a, lo int) prefix {
	n := t.n
	p := a
	pr := prefix{cmpA: -1, cmpB: -1}
	var rev []string
	for p > lo {
		for p > lo && isSpace(n[p-1]) {
			p--
		}
		if p <= lo {
			break
		}
		if strings.ContainsRune(preSymbols, n[p-1]) {
			rev = append(rev, t.str(p-1, p))
			p--
			continue
		}
		if n[p-1] == '=' || n[p-1] == ':' && p == colonAt(n, a, lo) {
			// "主动公开信息数:175条" is "主动公开信息数175条".
			p--
			continue
		}
		if l := changeVerbs.suffix(n, lo, p); l > 0 {
			vs := p - l
			if cs := findComparator(t, vs, lo); cs >= 0 {
				// "较上月同期(9713例)上升": the base's value is a figure of
				// its own, not part of the comparison's words.
				rev = append(rev, strings.ReplaceAll(bracketedValue.ReplaceAllString(t.str(cs, p), ""), ",", ""))
				pr.cmpA, pr.cmpB = cs, p
				p = cs
				continue
			}
			if l >= 2 {
				rev = append(rev, t.str(vs, p))
				p = vs
				continue
			}
		}
		if l := comparedBy.suffix(n, lo, p); l > 0 {
			// "比2019年多了6489张", "比上年高1.2个百分点": with its base, a
			// difference.
			if cs := findComparator(t, p-l, lo); cs >= 0 && cs < p-l-1 {
				rev = append(rev, t.str(cs, p))
				pr.cmpA, pr.cmpB = cs, p
				p = cs
				continue
			}
		}
		if l := preQualifiers.suffix(n, lo, p); l > 0 && !guarded(t, p-l, l) {
			rev = append(rev, t.str(p-l, p))
			p -= l
			continue
		}
		if p-1 > lo && n[p-1] == '的' {
			// "提高到今年的40%": the year of the value the change reached.
			if l := relativeYearWords.suffix(n, lo, p-1); l > 0 && p-2-l > lo && strings.ContainsRune("到至", n[p-2-l]) && changeVerbs.suffix(n, lo, p-2-l) > 0 {
				pr.skipped = append(pr.skipped, [2]int{p - 1 - l, p})
				p -= l + 1
				continue
			}
		}
		if l := max(perHeadWords.suffix(n, lo, p), perPeriodWords.suffix(n, lo, p)); l > 0 && p-l > lo && (unguardedSkip(n, lo, p-l) > 0 || changeVerbs.suffix(n, lo, p-l) > 0 || preQualifiers.suffix(n, lo, p-l) > 0 || n[p-l-1] == '从' || n[p-l-1] == '由') {
			// "由人均…提高到人均", "由每日…提高到每日", "提高5元,达到每人每年
			// 55元": the rate is the measure's, said again before the
			// value.
			pr.skipped = append(pr.skipped, [2]int{p - l, p})
			p -= l
			continue
		}
		if l := unguardedSkip(n, lo, p); l > 0 {
			pr.skipped = append(pr.skipped, [2]int{p - l, p})
			p -= l
			continue
		}
		break
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	pr.quals = rev
	pr.labelEnd = p
	return pr
}

// colonAt is where a colon directly before the number at a would end, the
// spaces between skipped, when the words before that colon are a
// measure's name ("主动公开信息数:175条", "床位数：1200张"): the colon then
// only joins the name to its value. -1 otherwise: a colon after a heading
// of a list ("主要指标:一是…") or a year's ("2021年:…") is no name.
func colonAt(n []rune, a, lo int) int {
	p := a
	for p > lo && isSpace(n[p-1]) {
		p--
	}
	if p-2 < lo || n[p-1] != ':' || !measureEnd(n[p-2]) {
		return -1
	}
	name := p - 1
	for name > lo && !isHardBoundary(n[name-1]) && !isSpace(n[name-1]) {
		name--
	}
	for _, w := range pageCounters {
		if strings.Contains(string(n[name:p-1]), w) {
			return -1
		}
	}
	return p
}

// pageCounters name a web page's own counts and prices ("浏览次数:8143",
// "点击次数:1464次", "定价:28.00元") and its list of attachments ("附件:
// 1.2023年…"), written with a colon on the page around a report: no
// figure of the report.
var pageCounters = []string{"浏览", "点击", "阅读", "访问", "回复", "评论", "点赞", "转发", "收藏", "定价", "字数", "附件"}

// measureEnd reports whether r may end a measure's name written before a
// colon: a Han character that names what is counted or measured, not one
// of a date or a list's heading (年, 月, 日, 下, 是, 为, 有).
func measureEnd(r rune) bool {
	return unicode.Is(unicode.Han, r) && !strings.ContainsRune("年月日时下是为有如其中计括", r)
}

// guarded reports whether the qualifier of length l at i is really the
// tail of a compound word.
func guarded(t *text, i, l int) bool {
	g, ok := qualifierGuards[string(t.n[i:i+l])]
	return ok && g != "" && strings.ContainsRune(g, t.nAt(i-1))
}

// findComparator looks back from a change verb at vs for a comparison
// marker within the same clause ("较2015年", "比上年", "同比") and returns
// where it starts, or -1.
func findComparator(t *text, vs, lo int) int {
	n := t.n
	if cs := baseOnFoundation(t, vs, lo); cs >= 0 {
		return cs
	}
	best := -1
	if open := bracketBefore(t, vs); open >= 0 {
		// "较上月同期(9713例)上升": the base's value stands between, read
		// as a figure of its own that may bound the clause at lo.
		vs, lo = open, 0
	}
	for k := vs - 1; k >= lo && vs-k <= 12; k-- {
		c := n[k]
		if c == ',' && best < 0 && strings.TrimSpace(string(n[k+1:vs])) == "" {
			// "与2008年(80.39)相比,增加了3.15岁": the comparison is the
			// clause before.
			if cs := comparisonClauseBefore(t, k, lo); cs >= 0 {
				return cs
			}
		}
		if isHardBoundary(c) || c == '、' || c == '(' || c == ')' {
			break
		}
		l := comparators.prefix(n, k, vs)
		if l == 0 {
			continue
		}
		w := string(n[k : k+l])
		if w == "比" || w == "较" {
			if strings.ContainsRune(compGuardsAfter, t.nAt(k+1)) {
				continue
			}
			if w == "比" && strings.ContainsRune(compGuardsBefore, t.nAt(k-1)) {
				continue
			}
			if w == "比" && (t.nAt(k-1) == '同' || t.nAt(k-1) == '环') {
				continue // part of 同比/环比, found at k-1
			}
		}
		best = k
	}
	if best >= 0 {
		return withComparedSubject(t, best)
	}
	return best
}

// withComparedSubject widens a trailing comparator at cs ("相比", "比较") to
// the base it compares with ("与2013年(82.16)相比增加了1.38岁": 与2013年相比),
// so the change says what it is a change from.
func withComparedSubject(t *text, cs int) int {
	n := t.n
	if w := string(n[cs:min(len(n), cs+2)]); w != "相比" && w != "比较" {
		return cs
	}
	e := cs
	if open := bracketBefore(t, e); open >= 0 {
		e = open // "(82.16)": the base's value
	}
	for k := e - 1; k >= 0 && e-k <= maxComparedBaseRunes; k-- {
		if isHardBoundary(n[k]) {
			break
		}
		if strings.ContainsRune("与同和跟", n[k]) && comparedBaseWords(string(n[k+1:e])) {
			return k
		}
	}
	return cs
}

// comparisonClauseBefore is where the clause ending at the comma at k
// starts when it is nothing but a comparison with a time ("与2008年
// (80.39)相比"), -1 otherwise; lo bounds the search.
func comparisonClauseBefore(t *text, k, lo int) int {
	n := t.n
	for j := k - 1; j >= lo && k-j <= maxComparedBaseRunes+maxBracketedBase+4; j-- {
		if isHardBoundary(n[j]) {
			return -1
		}
		if strings.ContainsRune("与同和跟较比", n[j]) && (j == lo || isHardBoundary(n[j-1])) {
			w := bracketedValue.ReplaceAllString(string(n[j+1:k]), "")
			base := strings.TrimSuffix(strings.TrimSuffix(w, "相比"), "比较")
			if base != w && comparedBaseWords(base) {
				return j
			}
			return -1
		}
	}
	return -1
}

// maxComparedBaseRunes bounds the base between 与 and 相比.
const maxComparedBaseRunes = 10

// comparedBaseWords reports whether words name a base of comparison in
// time: "2013年", "去年同期", "上年".
func comparedBaseWords(w string) bool {
	return comparedBaseTime.MatchString(w)
}

// comparedBaseTime is a base of comparison in time.
var comparedBaseTime = regexp.MustCompile(`^(?:(?:19|20)\d\d年(?:底|末|度)?|去年|上年|上一年|前一年|上年度)(?:同期)?$`)

// bracketBefore is where the bracket closing right before e opens ("(9713
// 例)" before 上升), -1 when none closes there or it opens more than
// maxBracketedBase characters back.
func bracketBefore(t *text, e int) int {
	if e < 1 || t.n[e-1] != ')' {
		return -1
	}
	for k := e - 2; k >= 0 && e-k <= maxBracketedBase; k-- {
		switch {
		case t.n[k] == '(':
			return k
		case t.n[k] == ')' || isHardBoundary(t.n[k]):
			return -1
		}
	}
	return -1
}

// maxBracketedBase bounds a bracketed base value ("(26437例)").
const maxBracketedBase = 16

// bracketedValue is a value in brackets within a comparison's words.
var bracketedValue = regexp.MustCompile(`\([^()]*[0-9][^()]*\)`)

// foundationAdverbs stand between "在…基础上" and its change verb.
var foundationAdverbs = newWordSet(`继续 再 进一步 要 将 力争`)

// baseOnFoundation finds, before a change verb at vs, the base a plan
// builds on: "在2020年的基础上(继续)提高", "从2024年的79岁基础上再提升" →
// where its 在 or 从 stands; -1 when
// there is none within the clause.
func baseOnFoundation(t *text, vs, lo int) int {
	n := t.n
	e := vs
	for l := foundationAdverbs.suffix(n, lo, e); l > 0; l = foundationAdverbs.suffix(n, lo, e) {
		e -= l
	}
	if e-3 < lo || string(n[e-3:e]) != "基础上" {
		return -1
	}
	for k := e - 4; k >= lo && e-k <= 16; k-- {
		if isHardBoundary(n[k]) {
			return -1
		}
		if n[k] == '在' || n[k] == '从' {
			return k
		}
	}
	return -1
}

// scanSuffix reads the qualifiers written right after a unit ("以上").
func scanSuffix(t *text, e int) (int, []string) {
	var qs []string
	for {
		l := postQualifiers.prefix(t.n, e, len(t.n))
		if l == 0 {
			return e, qs
		}
		qs = append(qs, t.str(e, e+l))
		e += l
	}
}
