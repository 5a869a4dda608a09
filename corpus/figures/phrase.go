package figures

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// maxLabel is the preferred maximum length of a label, in runes.
const maxLabel = 16

// phrase is a piece of the sentence: original runes and normalised runes.
type phrase struct{ r, n []rune }

func (p phrase) slice(a, b int) phrase { return phrase{p.r[a:b], p.n[a:b]} }
func (p phrase) empty() bool           { return len(p.r) == 0 }
func (p phrase) String() string        { return string(p.r) }

// leadGuards lists, for one-rune words stripped from the start of a label,
// the following runes that make them part of a word ("对口", "在建").
var leadGuards = map[string]string{
	"对": "口外象接比话策照待应于称上",
	"有": "效序关机线害益利力所些偿氧毒形色限期",
	"在": "建岗职校院管册编线用谈办研售逃押治控培读",
	"按": "时期月年季周日规要",
	"共": "享青建同识患",
	"均": "衡等值",
	"中": "医药心国央级小学期标西华部间旬共文外层型转",
	"并": "发",
	"由": "于",
	"从": "事业",
	"把": "关",
	"及": "时格",
	"和": "谐",
	"的": "确",
	"了": "解",
	"与": "会",
	"为": "民",
	"将": "近",
	"已": "婚",
}

// stripDate returns the length of a date or period written at the start
// of p ("2023年", "截止到___月___日", "8-10月", "3月初", "截至目前",
// "截至报告日"), or 0.
func stripDate(p phrase) int {
	n := p.n
	k := 0
	for _, w := range []string{"截止到", "截至到", "截止", "截至", "自", "从", "至", "到", "于", "在"} {
		if hasPrefixRunes(n, w) {
			k = len([]rune(w))
			break
		}
	}
	j := k
	saw, num := false, false
	for j < len(n) {
		c := n[j]
		switch {
		case isDigit(c) || c == '_' || c == '*' || c == 'x' || c == 'X' || c == '×' || c == '-' || c == '~' || c == '.':
			num = num || c != '-' && c != '~' && c != '.'
			j++
		case strings.ContainsRune("年月日号底末初份旬度", c) && (num || saw):
			saw = true
			j++
		case c == '上' || c == '中' || c == '下':
			if j+1 < len(n) && n[j+1] == '旬' {
				j += 2
				saw = true
			} else {
				goto done
			}
		case hasPrefixRunes(n[j:], "目前"):
			j += 2
			saw = true
		case hasPrefixRunes(n[j:], "现在"):
			j += 2
			saw = true
		case reportTimeAt(n[j:]) > 0:
			// "截至报告日已整改40项": the day the report was made.
			j += reportTimeAt(n[j:])
			saw = true
		default:
			goto done
		}
	}
done:
	if !saw {
		return 0
	}
	if j+1 < len(n) && n[j] == '电' && (isSpace(n[j+1]) || n[j+1] == '（' || n[j+1] == '(') {
		return j + 1 // a news dateline: "中新网重庆新闻12月6日电 健康细胞…"
	}
	for _, w := range []string{"以来", "底前", "期间", "止", "前", "起", "后", "中"} {
		if hasPrefixRunes(n[j:], w) && len(n)-j > len([]rune(w)) {
			j += len([]rune(w))
			break
		}
	}
	return j
}

// reportTimes name the time a report was made, which a status is given as
// of: "截至报告日", "到报告时", "报告期末".
var reportTimes = []string{"报告日", "报告时", "报告期末", "报告期内"}

// reportTimeAt is the length of the report time (reportTimes) n opens
// with, 0 for none.
func reportTimeAt(n []rune) int {
	for _, w := range reportTimes {
		if hasPrefixRunes(n, w) {
			return len([]rune(w))
		}
	}
	return 0
}

func hasPrefixRunes(n []rune, w string) bool {
	i := 0
	for _, c := range w {
		if i >= len(n) || n[i] != c {
			return false
		}
		i++
	}
	return true
}

// trimLead removes context words from the start of a label: dates and
// periods, places ("全县"), list markers ("一是"), prepositions, and
// reporting verbs before a noun ("报告传染病病例" → "传染病病例").
func trimLead(p phrase) phrase {
	for !p.empty() {
		if isSpace(p.n[0]) || p.n[0] == '"' || p.n[0] == '_' || p.n[0] == '*' {
			p = p.slice(1, len(p.r))
			continue
		}
		if l := listNumber(p); l > 0 {
			p = p.slice(l, len(p.r))
			continue
		}
		if l := stripDate(p); l > 0 {
			p = p.slice(l, len(p.r))
			continue
		}
		if l := leadWords.prefix(p.n, 0, len(p.n)); l > 0 {
			rest := len(p.n) - l
			w := string(p.n[:l])
			ok := true
			if l == 1 && rest > 0 {
				ok = rest >= 2 && !strings.ContainsRune(leadGuards[w], p.n[1])
				if w == "共" && rest >= 3 && p.n[1] == '建' && strings.ContainsRune("立成设", p.n[2]) {
					ok = true // "共建立", not "共建"
				}
			}
			if ok && rest > 0 && strings.ContainsRune(compoundHeads, p.n[l]) {
				ok = false
			}
			if ok && (w == "上年" || w == "上年度") && hasPrefixRunes(p.n[l:], "结转") {
				ok = false // "上年结转": the requests carried over into the year, a measure of its own
			}
			if ok {
				p = p.slice(l, len(p.r))
				continue
			}
		}
		if l := leadVerbs.prefix(p.n, 0, len(p.n)); l > 0 && len(p.n)-l >= 2 &&
			!strings.ContainsRune(compoundHeads, p.n[l]) && !hasPrefixRunes(p.n[l:], "投资") {
			// "完成投资" is the investment made, told from 总投资 and 计划投资.
			p = p.slice(l, len(p.r))
			continue
		}
		break
	}
	return p
}

// trimTail removes copulas, adverbs, particles and conjunctions from the
// end of a label, and the start of a change run into it ("人均预期寿命从新中国
// 成立初期" → "人均预期寿命").
func trimTail(p phrase) phrase {
	p = trimChangeStart(p)
	for !p.empty() {
		e := len(p.n)
		if isSpace(p.n[e-1]) {
			p = p.slice(0, e-1)
			continue
		}
		l := skipVerbs.suffix(p.n, 0, e)
		if l2 := tailWords.suffix(p.n, 0, e); l2 > l {
			l = l2
		}
		if l > 0 && skipGuarded(p.n, e, l) {
			l = 0
		}
		if l > 0 && (l < e || !contentVerbs.has(p.n)) {
			p = p.slice(0, e-l)
			continue
		}
		break
	}
	return p
}

// maxChangeStartRunes bounds the time phrase after 从/由 that opens a change.
const maxChangeStartRunes = 10

// changeStartTimes show that the words after 从/由 name a time, not a source
// ("从新中国成立初期", "由2020年", "由原来"; not "由政府…").
var changeStartTimes = []string{"年", "初期", "时期", "末", "之初", "成立", "以前", "初", "原来", "原先", "此前", "之前", "过去"}

// trimChangeStart cuts a trailing "从/由 + time" from a label.
func trimChangeStart(p phrase) phrase {
	for i := len(p.n) - 1; i >= 2 && i >= len(p.n)-maxChangeStartRunes-1; i-- {
		if p.n[i] != '从' && p.n[i] != '由' {
			continue
		}
		rest := string(p.n[i+1:])
		if perPeriodWords.has([]rune(rest)) {
			return p.slice(0, i) // "日检测能力由每日" (不足500人份)
		}
		for _, w := range changeStartTimes {
			if strings.Contains(rest, w) {
				return p.slice(0, i)
			}
		}
		return p
	}
	return p
}

// cutQuotes drops an unclosed opening quote and what precedes it
// ("基本建成“城区" → "城区"), and closing quotes without an opening one.
func cutQuotes(p phrase) phrase {
	open := -1
	for i, c := range p.n {
		switch c {
		case '“', '「', '『':
			open = i
		case '”', '」', '』':
			open = -1
		}
	}
	if open >= 0 {
		p = p.slice(open+1, len(p.r))
	}
	return dropUnmatchedQuotes(p)
}

// dropUnmatchedQuotes removes quote marks that have no partner.
func dropUnmatchedQuotes(p phrase) phrase {
	depth := 0
	bad := -1
	var drop []int
	for i, c := range p.n {
		switch c {
		case '“', '「', '『':
			depth++
			bad = i
		case '”', '」', '』':
			if depth == 0 {
				drop = append(drop, i)
			} else {
				depth--
			}
		}
	}
	if depth > 0 {
		drop = append(drop, bad)
	}
	if len(drop) == 0 {
		return p
	}
	var q phrase
	for i := range p.r {
		skip := false
		for _, d := range drop {
			if d == i {
				skip = true
			}
		}
		if !skip {
			q.r = append(q.r, p.r[i])
			q.n = append(q.n, p.n[i])
		}
	}
	return q
}

// cutManner keeps what follows a manner word ("通过…相结合的方式培训" →
// "培训") when the label ends with a verb phrase after it. A manner of a
// word or two ("以信函形式申请35件", "当面方式") tells the figure from its
// neighbours (当面递交2件): it stays, without the 以 or 通过 before it.
func cutManner(p phrase) phrase {
	for i := len(p.n) - 2; i >= 1; i-- {
		if l := mannerWords.prefix(p.n, i, len(p.n)); l > 0 && i+l < len(p.n) {
			lead := 0
			for _, w := range []string{"以", "通过", "采取", "采用", "按"} {
				if strings.HasPrefix(string(p.n), w) {
					lead = len([]rune(w))
				}
			}
			if i-lead <= maxNamedManner && i-lead >= 1 {
				return p.slice(lead, len(p.r))
			}
			return p.slice(i+l, len(p.r))
		}
	}
	return p
}

// maxNamedManner bounds a manner that names a channel ("信函", "网上").
const maxNamedManner = 3

// minConjTail is the shortest label capLabel leaves after a conjunction:
// shorter, it is the second of two things counted together ("和病人").
const minConjTail = 5

// capLabel shortens a label longer than maxLabel runes by cutting from
// the left after a natural boundary (的, 和, 对, 、 …); a label without such
// a boundary is kept up to 24 runes and hard-cut beyond.
func capLabel(p phrase) phrase {
	if q, ok := afterListedTotal(p); ok {
		return q
	}
	if len(p.r) <= maxLabel {
		return p
	}
	p = withoutBeneficiary(p)
	if len(p.r) <= maxLabel {
		return p
	}
	if q, ok := shortShare(p); ok {
		return q
	}
	for k := 1; k < len(p.n)-1; k++ {
		if len(p.n)-k > maxLabel {
			continue
		}
		if p.n[k-1] == '及' && (hasPrefixRunes(p.n[k:], "以上") || hasPrefixRunes(p.n[k:], "以下")) {
			continue // "60周岁及以上", "二级及以上": one bound, not a list
		}
		if strings.ContainsRune("和与及", p.n[k-1]) && len(p.n)-k < minConjTail {
			continue // "…艾滋病病毒感染者和病人": the second of two counted together is no label
		}
		if l := cutAfter.suffix(p.n, 0, k); l == 1 && strings.ContainsRune(leadGuards[string(p.n[k-1])], p.n[k]) {
			continue // "…嘉定区在册严重精神障碍患者数量": 在册 is one word
		}
		if l := cutAfter.suffix(p.n, 0, k); l > 0 && !(p.n[k-1] == '共' && l == 1 && strings.ContainsRune("公总中", p.n[k-2+boolInt(k < 2)])) {
			q := dropUnmatchedQuotes(trimLead(p.slice(k, len(p.r))))
			if len(q.r) >= 2 {
				return q
			}
		}
	}
	if len(p.r) <= 24 {
		return p
	}
	start := len(p.r) - maxLabel
	for start > 0 && start > len(p.r)-maxLabel-maxNumberRunes && numberPart(p.n[start]) && numberPart(p.n[start-1]) {
		start-- // "35~64岁农村妇女…": the whole range, not "64岁" or "4岁"
	}
	return trimLead(p.slice(start, len(p.r)))
}

// maxShareLabel bounds a share's label kept with its subject and whole.
const maxShareLabel = 24

// shortShare shortens a long share's label ("X占Y的比例") by the words
// before the subject's last 的, never to the bare measure: "青海接尘工龄不足
// 5年的职业性尘肺病占年度报告职业病总例数的比例" is 职业性尘肺病占年度报告
// 职业病总例数的比例, not 比例.
func shortShare(p phrase) (phrase, bool) {
	i := strings.LastIndex(string(p.n), "占")
	if i < 0 {
		return p, false
	}
	at := len([]rune(string(p.n)[:i]))
	tail := string(p.n[at:])
	if !strings.HasSuffix(tail, "比例") && !strings.HasSuffix(tail, "比重") {
		return p, false
	}
	for k := at - 1; k > 0; k-- {
		if p.n[k-1] == '的' && at-k >= 2 && len(p.r)-k <= maxShareLabel {
			return p.slice(k, len(p.r)), true
		}
	}
	if len(p.r) <= maxShareLabel {
		// "居民个人卫生支出占卫生总费用的比重": no 的 before the subject
		// to cut at, and short enough whole.
		return p, true
	}
	return p, false
}

// beneficiaries are those a service is given to in a label's "向社会提供诊疗
// 服务": the public at large, named by no measure.
var beneficiaries = []string{"人民群众", "城乡居民", "辖区居民", "老百姓", "社会", "群众", "居民", "患者", "百姓"}

// withoutBeneficiary drops "向社会" / "为群众" before 提供 from a long label,
// which keeps its subject and what is provided ("各类医疗卫生机构向社会提供诊
// 疗服务" → "各类医疗卫生机构提供诊疗服务"), where a cut after 向 would leave
// "社会提供诊疗服务".
func withoutBeneficiary(p phrase) phrase {
	s := string(p.n)
	for _, b := range beneficiaries {
		for _, prep := range []string{"向", "为"} {
			w := prep + b + "提供"
			i := strings.Index(s, w)
			if i <= 0 {
				continue
			}
			a := len([]rune(s[:i]))
			z := a + len([]rune(prep+b))
			r := append(append([]rune{}, p.r[:a]...), p.r[z:]...)
			n := append(append([]rune{}, p.n[:a]...), p.n[z:]...)
			return phrase{r, n}
		}
	}
	return p
}

// maxNumberRunes bounds how far a label's cut moves back to keep a number
// whole.
const maxNumberRunes = 8

// numberPart reports whether r belongs to a number or a range of numbers.
func numberPart(r rune) bool {
	return isDigit(r) || r == '.' || strings.ContainsRune("-~～—–", r)
}

// listedTotal ends a list of what a total counts and opens the total:
// "对人事变动、…、财政资金信息等共公开发布197条".
var listedTotal = []string{"等共", "等累计", "等合计", "等总计"}

// afterListedTotal is the label after a list the total counts ("公开发布"
// of "…财政资金信息等共公开发布"); ok is false when the label lists none or
// too little would be left.
func afterListedTotal(p phrase) (phrase, bool) {
	s := string(p.n)
	for _, w := range listedTotal {
		if i := strings.LastIndex(s, w); i > 0 {
			k := len([]rune(s[:i+len(w)]))
			if len(p.r)-k >= 2 {
				return p.slice(k, len(p.r)), true
			}
		}
	}
	return p, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// digitsOnly reports whether every rune is a digit.
func digitsOnly(rs []rune) bool {
	for _, r := range rs {
		if !isDigit(r) {
			return false
		}
	}
	return len(rs) > 0
}

// cutAfterDate drops everything up to the last date written inside a
// label ("…开展截止到___月___日全市共累计报告手足口病" → "全市共累计报告手足口病").
func cutAfterDate(p phrase) phrase {
	cut := -1
	for i := 0; i < len(p.n); i++ {
		c := p.n[i]
		if e := planEndRunes(p.n, i); e > 0 {
			// "十三五末人均预期寿命": the end of a five-year plan is a date.
			if e < len(p.n) {
				cut = e
			} else if strings.Trim(string(p.n[:i]), "到至截止“\"") == "" {
				return p.slice(len(p.r), len(p.r)) // "到“十三五”末": a date, no name
			}
			i = e - 1
			continue
		}
		if !(isDigit(c) || c == '_' || c == '*') {
			continue
		}
		j := i
		for j < len(p.n) && (isDigit(p.n[j]) || p.n[j] == '_' || p.n[j] == '*' || p.n[j] == '-') {
			j++
		}
		if j < len(p.n) && p.n[j] == '年' && j-i <= 2 && digitsOnly(p.n[i:j]) {
			i = j // "5年生存率": a length of time inside a name, not a date
			continue
		}
		if j < len(p.n) && strings.ContainsRune("年月日号", p.n[j]) && !(j+1 < len(p.n) && p.n[j] == '月' && p.n[j+1] == '龄') {
			j++
			for j < len(p.n) && strings.ContainsRune("底末初份度", p.n[j]) {
				j++
			}
			if j+1 == len(p.n) && p.n[j] == '的' && i > 0 {
				// "人均预期寿命由2020年的77.0岁": the base year and its 的 go.
				q := p.slice(0, i)
				for len(q.n) > 0 && strings.ContainsRune("由从自", q.n[len(q.n)-1]) {
					q = q.slice(0, len(q.n)-1)
				}
				return q
			}
			if j < len(p.n) {
				cut = j
			} else if i > 0 {
				// A date closing the label ("由2020年的45%"): drop it.
				return p.slice(0, i)
			}
		}
		i = j
	}
	if cut < 0 {
		return p
	}
	return p.slice(cut, len(p.r))
}

// clean applies the lead and tail trimming and the quote, manner and
// completed-verb cuts.
func clean(p phrase) phrase {
	p = cutQuotes(cutAfterDate(p))
	p = trimTail(trimLead(p))
	p = cutManner(p)
	p = cutDoneVerb(p)
	return shareOfWhole(trimTail(trimLead(p)))
}

// shareOfWhole writes "X在Y中所占比重" ("…中的比重") as the indicators are
// named, "X占Y比重": shorter, so a cap to maxLabel keeps the part X whose
// share it is ("个人卫生支出在卫生总费用中所占比重" → "个人卫生支出占卫生总费用比重").
func shareOfWhole(p phrase) phrase {
	s := string(p.n)
	m := shareInWhole.FindStringSubmatchIndex(s)
	if m == nil || len(p.n) != len(p.r) {
		return p
	}
	at := func(b int) int { return utf8.RuneCountInString(s[:b]) }
	part, whole, measure := at(m[2]), at(m[4]), at(m[6])
	out := joinPhrase(p.slice(0, part), newPhrase("占"))
	out = joinPhrase(out, p.slice(part+1, whole))
	return joinPhrase(out, p.slice(measure, len(p.r)))
}

// shareInWhole is "X在Y中所占比重" with, as submatches, the 在 after the
// part X, the 中 after the whole Y and the measure.
var shareInWhole = regexp.MustCompile(`^\p{Han}{2,}(在)\p{Han}{2,}?(中)(?:所?占的?|的)(比重|比例)$`)

// cutDoneVerb removes a trailing "已建成"-style verb after a noun:
// "医疗质量控制中心目前已建成" → "医疗质量控制中心".
func cutDoneVerb(p phrase) phrase {
	for i := len(p.n) - 2; i >= 1; i-- {
		if p.n[i] != '已' {
			continue
		}
		j := i + 1
		if p.n[j] == '经' {
			j++
		}
		if contentVerbs.has(p.n[j:]) {
			return trimTail(p.slice(0, i))
		}
		break
	}
	return p
}

// hasHan reports whether p holds a Han character or a letter.
func hasHan(p phrase) bool {
	for _, c := range p.n {
		if isHan(c) || isLetter(c) {
			return true
		}
	}
	return false
}

// followPhrase reads the object written right after a figure (from e, not
// beyond lim): "投入500万元购置彩超" → "购置彩超", "成立8个名医工作室" →
// "名医工作室". It stops at clause boundaries, numbers, and at function
// words and verbs after its first word. verbStart reports whether the
// phrase starts with a verb or function word.
func followPhrase(t *text, e, lim int) (ph phrase, end int, verbStart bool) {
	n := t.n
	k := e
	for k < lim && isSpace(n[k]) {
		k++
	}
	if k < lim && n[k] == '的' {
		k++
	}
	start := k
	if k < lim && conjunctions.prefix(n, k, lim) > 0 {
		return phrase{}, e, false // "150家及主要负责人": a new item, not an object
	}
	if k < lim {
		verbStart = followStops.prefix(n, k, lim) > 0 || contentVerbs.prefix(n, k, lim) > 0 ||
			changeVerbs.prefix(n, k, lim) > 0 || strings.ContainsRune(eventStarts, n[k])
	}
	var r, nn []rune
	quoted := false
	for k < lim && len(r) < maxLabel {
		c := n[k]
		if l := ageBracket(n, k, lim); l > 0 {
			// "为390万65岁以上老年人免费体检": an age bracket names the
			// group counted, it is no second figure.
			r = append(r, t.r[k:k+l]...)
			nn = append(nn, n[k:k+l]...)
			k += l
			continue
		}
		if isDigit(c) && rankThreshold(t, k) {
			// "学科进入ESI世界学科排名前1%": the rank's bound ends the object.
			for k < lim && (isDigit(n[k]) || n[k] == '.' || strings.ContainsRune("%‰‱", n[k])) {
				r = append(r, t.r[k])
				nn = append(nn, n[k])
				k++
			}
			break
		}
		if c == '、' && len(r) > 0 {
			if j := examplesEnd(n, k, lim); j > k && len(r)+j-k+2 <= maxLabel {
				// "4361名红黄码、密接等风险人员": examples listed up to 等
				// and the noun that names them all are one object, when
				// it fits in a label.
				r = append(r, t.r[k:j]...)
				nn = append(nn, n[k:j]...)
				k = j
				continue
			}
		}
		if l := typeMarkerAt(n, k, lim); l > 0 {
			// "9万名2型糖尿病患者": the type is part of the disease's
			// name, no second figure.
			r = append(r, t.r[k:k+l]...)
			nn = append(nn, n[k:k+l]...)
			k += l
			continue
		}
		if l := ordinalAt(n, k, lim); l > 0 {
			// "10.6万人完成了第3针": the ordinal says which dose; it is
			// no second figure.
			r = append(r, t.r[k:k+l]...)
			nn = append(nn, n[k:k+l]...)
			k += l
			continue
		}
		if isHardBoundary(c) || c == '、' || c == '(' || c == ')' || isDigit(c) || isBlankStart(t, k) ||
			c == '《' || c == '》' || c == '”' && !quoted {
			break
		}
		if c == '“' {
			quoted = true
		}
		if hasPrefixRunes(n[k:lim], "连续") && isDigit(t.nAt(k+2)) {
			// "74个国控断面水质优良比例连续3年保持100%": a span of years
			// follows the object, consumed with it.
			k += 2
			break
		}
		if l := max(followStops.prefix(n, k, lim), contentVerbs.prefix(n, k, lim)); k > start && l > 1 && nominalBeforeNext(n, k+l, lim) {
			// "42000名农村妇女宫颈癌检查和8000名…": a verb ending the
			// object right before the next count is the service counted.
			r = append(r, t.r[k:k+l]...)
			nn = append(nn, n[k:k+l]...)
			k += l
			break
		}
		if l := followStops.prefix(n, k, lim); k > start && l > 0 && !strings.ContainsRune(stopGuards[c], n[k-1]) && !modifiesNoun(n, k, l, lim) {
			if end := peopleAfterAttribute(t, e, k, lim); end > k {
				r = append(r, t.r[k:end]...)
				nn = append(nn, n[k:end]...)
				k = end
			}
			break
		}
		if k > start+1 && contentVerbs.prefix(n, k, lim) > 1 && !contentVerbs.has(nn) && followStops.prefix(nn, 0, len(nn)) != len(nn) {
			break // a second verb ends a noun object ("行政村|登记管理")
		}
		if c == '了' {
			k++
			continue
		}
		r = append(r, t.r[k])
		nn = append(nn, c)
		k++
	}
	ph = cutQuotes(phrase{r, nn})
	if !hasHan(ph) {
		return phrase{}, e, false
	}
	if c := t.nAt(k); k > start && (c == '和' || c == '及' || c == '与') && isDigit(t.nAt(k+1)) {
		// "确定39个创建领域和69个创建团队": an object 和 joins to the next
		// count is a thing counted, whatever verb its name opens with.
		verbStart = false
	}
	return ph, k, verbStart
}

// maxExampleRunes bounds the examples after a first one, up to 等.
const maxExampleRunes = 12

// examplesEnd returns the rune after 等 when the 、 at k goes on to list
// more examples of a noun up to 等 and a noun naming them all follows
// ("、密接等风险人员"), with no number, verb or boundary between; else k.
func examplesEnd(n []rune, k, lim int) int {
	for j := k + 1; j < lim && j-k <= maxExampleRunes; j++ {
		c := n[j]
		switch {
		case c == '等':
			if j > k+1 && j+1 < lim && isHan(n[j+1]) && followStops.prefix(n, j+1, lim) == 0 && contentVerbs.prefix(n, j+1, lim) == 0 {
				return j + 1
			}
			return k
		case c == '、':
		case !isHan(c) || followStops.prefix(n, j, lim) > 0 || contentVerbs.prefix(n, j, lim) > 0:
			return k
		}
	}
	return k
}

// nominalBeforeNext reports whether the text at k goes on to the next
// count of a list: a conjunction, then a number ("和8000名").
func nominalBeforeNext(n []rune, k, lim int) bool {
	return k+1 < len(n) && strings.ContainsRune("和及与、", n[k]) && isDigit(n[k+1])
}

// nounModifiers are stop words that also modify a noun: "重点推进" is an
// adverb, "省重点项目", "国家临床重点专科" a noun.
var nounModifiers = newWordSet(`重点`)

// modifiesNoun reports whether the stop word of l runes at k modifies the
// noun after it rather than a verb.
func modifiesNoun(n []rune, k, l, lim int) bool {
	if nounModifiers.prefix(n, k, k+l) != l || k+l >= lim {
		return false
	}
	after := k + l
	return isHan(n[after]) && contentVerbs.prefix(n, after, lim) == 0 && followStops.prefix(n, after, lim) == 0 && changeVerbs.prefix(n, after, lim) == 0
}

// ageBrackets follow the number of an age bracket ("65岁以上老年人").
var ageBrackets = []string{"岁及以上", "周岁及以上", "岁以上", "周岁以上", "岁以下", "周岁以下"}

// ageBracket returns the length of an age bracket ("65岁以上") starting at
// k, 0 if none.
func ageBracket(n []rune, k, lim int) int {
	d := k
	for d < lim && isDigit(n[d]) {
		d++
	}
	if d == k || d-k > 3 {
		return 0
	}
	if d < lim && strings.ContainsRune("-—–~～至到", n[d]) {
		// "35—64岁农村妇女": a range of ages.
		e := d + 1
		for e < lim && n[e] == '—' {
			e++
		}
		f := e
		for f < lim && isDigit(n[f]) {
			f++
		}
		if f > e && f-e <= 3 {
			for _, u := range []string{"周岁", "岁"} {
				if hasPrefixRunes(n[f:lim], u) {
					return f - k + len([]rune(u))
				}
			}
		}
	}
	for _, b := range ageBrackets {
		if hasPrefixRunes(n[d:lim], b) {
			return d - k + len([]rune(b))
		}
	}
	for _, b := range []string{"及以上", "以上"} {
		// "为339.49万65及以上老年人免费体检": 岁 left out before the
		// old people the bracket names.
		if e := d + len([]rune(b)); hasPrefixRunes(n[d:lim], b) && elderlyAt(n, e, lim) {
			return e - k
		}
	}
	return 0
}

// elderlyWords name old people, whose age a bracket may give without 岁.
var elderlyWords = []string{"老年人", "老人", "高龄老人"}

// elderlyAt reports whether one of elderlyWords starts at k.
func elderlyAt(n []rune, k, lim int) bool {
	return slices.ContainsFunc(elderlyWords, func(w string) bool { return hasPrefixRunes(n[k:lim], w) })
}

// splitList splits a label at 、 into its items.
func splitList(p phrase) []phrase {
	var items []phrase
	a := 0
	for i, c := range p.n {
		if c == '、' && !pairedWord(p.n, i) {
			items = append(items, p.slice(a, i))
			a = i + 1
		}
	}
	return append(items, p.slice(a, len(p.r)))
}

// pairedWord reports whether the 、 at i joins the two halves of one word
// written apart ("财政拨款收、支总计": 收支), not two items.
func pairedWord(n []rune, i int) bool {
	return i > 0 && i+1 < len(n) && n[i-1] == '收' && n[i+1] == '支'
}

// pairedHalves are the words written apart as two halves ("收、支总计各
// 减少2415.45万元"), put together in a label as the word they are.
var pairedHalves = strings.NewReplacer("收、支", "收支")

// maxHeadlessItem bounds a list item that names only its measure.
const maxHeadlessItem = 4

// sharedHeadItems gives a list's short items the subject the first item
// opens with, when each is a measure parallel to the first's own:
// "基本医疗保险基金总收入、总支出" → …基金总支出 (总收入 and 总支出 open
// alike), "医疗卫生机构诊疗人次、出院人次" → 医疗卫生机构出院人次 (they end
// alike). Items of a length of their own ("孕产妇死亡率、婴儿死亡率") keep
// theirs.
func sharedHeadItems(items []string) []string {
	if len(items) < 2 {
		return items
	}
	first := []rune(items[0])
	for k := 1; k < len(items); k++ {
		it := []rune(items[k])
		n := len(it)
		if n < 2 || n > maxHeadlessItem || len(first) < n+2 {
			continue
		}
		own := first[len(first)-n:]
		if own[0] != it[0] && own[n-1] != it[n-1] {
			continue
		}
		head := first[:len(first)-n]
		if !hasHanRunes(head) || strings.HasPrefix(items[k], string(head)) {
			continue
		}
		items[k] = string(head) + items[k]
	}
	return items
}

// hasHanRunes reports whether rs hold a Han character.
func hasHanRunes(rs []rune) bool {
	for _, r := range rs {
		if isHan(r) {
			return true
		}
	}
	return false
}

// completeItems gives list items the shared tail of the last item:
// "高血压、糖尿病患者管理率" → "高血压患者管理率", "糖尿病患者管理率". The last
// item's own head is taken to be as long as the item before it ("新能源汽车、
// 智能家电、智能手机限上零售额": 智能手机 | 限上零售额); a tail of one rune is
// no shared noun ("接待游客、旅游总花费" share nothing).
func completeItems(items []phrase) []string {
	out := make([]string, len(items))
	last := items[len(items)-1]
	head := 0
	if len(items) > 1 {
		head = len(items[len(items)-2].n)
	}
	// With two items the first is the only measure of the head's length:
	// trust it only for a tail of a whole measure word or more ("基本养老
	// 保险、基本医疗保险参保率", not "农村自来水、卫生户厕普及率" → "及率").
	minTail := 2
	if len(items) == 2 {
		minTail = 3
	}
	maxItem := 6
	if k := subjectEnd(items); k > 0 {
		// "社区卫生服务中心、乡镇卫生院和村卫生室藏医服务覆盖率": the last
		// item's subject ends where an institution's name does (村卫生室).
		head, maxItem = k, maxSubjectItem
	}
	tailAt := head
	if head > 0 && head < len(last.n) && last.n[head] == '的' {
		// "乡镇卫生院和村卫生室的藏医药服务覆盖率": the others' measure
		// is what follows the 的.
		tailAt++
	}
	shared := head > 0 && head <= maxItem && len(last.n)-tailAt >= minTail && nounTail(last.n[tailAt:])
	if m := measureHead(last); !m.empty() && len(items) > 1 && head < len(last.n) && splitsSubject(last.n[:head], last.n[head:]) {
		// "孕产妇、婴儿、5岁以下儿童死亡率": a subject of another length
		// than the item before ("5岁以下儿童"); the rate is what the items
		// share.
		shared, tailAt = true, len(last.n)-len(m.n)
	}
	for i, it := range items {
		s := string(it.r)
		if shared && i < len(items)-1 && len(it.n) > 0 && len(it.n) <= maxItem &&
			!strings.ContainsRune(metricHeads, it.n[len(it.n)-1]) &&
			it.n[len(it.n)-1] != last.n[len(last.n)-1] {
			s += string(last.r[tailAt:])
		}
		out[i] = s
	}
	return out
}

// institutionEnds end the names of institutions and bodies: 医院,
// 卫生室, 中心, 服务站, 机构.
const institutionEnds = "院室心站所构"

// maxSubjectItem bounds a list item named as an institution.
const maxSubjectItem = 10

// subjectEnd is where the last of a list's items ends its subject when
// every other item names an institution (ends in one of institutionEnds)
// and the last item opens with one: the length of that opening, or 0.
func subjectEnd(items []phrase) int {
	if len(items) < 2 {
		return 0
	}
	for _, it := range items[:len(items)-1] {
		if len(it.n) < 2 || len(it.n) > maxSubjectItem || !strings.ContainsRune(institutionEnds, it.n[len(it.n)-1]) {
			return 0
		}
	}
	last := items[len(items)-1].n
	for k := 2; k+2 <= len(last); k++ {
		if strings.ContainsRune(institutionEnds, last[k-1]) {
			return k
		}
	}
	return 0
}

// splitsSubject reports whether cutting a list's last item after its
// first runes (the length of the item before it) splits its subject: an
// age or a number in the part cut, or the tail opening with a postposition
// ("5岁|以下儿童死亡率").
func splitsSubject(cut, tail []rune) bool {
	for _, r := range cut {
		if isDigit(r) {
			return true
		}
	}
	return hasPrefixRunes(tail, "以下") || hasPrefixRunes(tail, "以上") || hasPrefixRunes(tail, "及以")
}

// nounTail reports whether a shared tail is a noun phrase, with no verb or
// list word in it ("担保贷款分别完成年计划" is the rest of a clause).
// A tail ending in a rate or a count's head is a measure's name whatever
// verbs its words hold ("藏医服务覆盖率").
func nounTail(tail []rune) bool {
	measure := len(tail) > 0 && strings.ContainsRune(metricHeads, tail[len(tail)-1])
	for k := range tail {
		if contentVerbs.prefix(tail, k, len(tail)) > 0 && !measure || hasPrefixRunes(tail[k:], "分别") || tail[k] == '的' {
			return false
		}
	}
	return true
}

// listNumber returns the length of a list number opening p ("1.", "2、",
// "(3)"), or 0.
func listNumber(p phrase) int {
	n := p.n
	k := 0
	paren := len(n) > 0 && n[0] == '('
	if paren {
		k++
	}
	d := k
	for k < len(n) && isDigit(n[k]) {
		k++
	}
	if k == d {
		// "一、全市累计报告…", "(二)": an outline number in Chinese numerals.
		for k < len(n) && k-d < 3 && strings.ContainsRune("一二三四五六七八九十", n[k]) {
			k++
		}
		if k > d && k+2 < len(n) && (paren && n[k] == ')' || !paren && n[k] == '、') {
			return k + 1
		}
		return 0
	}
	if k-d > 2 || k+1 >= len(n) {
		return 0
	}
	switch {
	case paren && n[k] == ')':
		return k + 1
	case !paren && (n[k] == '.' || n[k] == '、') && !isDigit(n[k+1]):
		return k + 1
	}
	return 0
}

// peopleAfterAttribute returns the end of the people a count of them
// ending at e ("5万名") names after a 的 at k ("5万名经济困难的严重精神障碍
// 患者": what comes before 的 describes them, it is not what is counted), or
// k when no noun naming people follows the 的.
func peopleAfterAttribute(t *text, e, k, lim int) int {
	if e < 1 || t.nAt(k) != '的' || !strings.ContainsRune("名人位", t.n[e-1]) {
		return k
	}
	end := k + 1
	for end < lim && end-k <= maxLabel/2 && isHan(t.n[end]) && t.n[end] != '的' && followStops.prefix(t.n, end, lim) == 0 {
		end++
	}
	// The noun ends where a people word does last ("患者免费提供": 患者).
	for end > k+2 && !strings.ContainsRune(peopleEnds, t.n[end-1]) {
		end--
	}
	if end-k < 3 || !strings.ContainsRune(peopleEnds, t.n[end-1]) {
		return k
	}
	return end
}

// ordinalCounters follow an ordinal written in digits: "第3针", "第2剂".
const ordinalCounters = "针剂次期批轮"

// typeMarkerAt returns the length of a type or valence written with one
// or two digits inside a name at k ("2型糖尿病", "13价肺炎疫苗"), 0 when
// there is none: the digits, 型 or 价, and a Han rune after.
func typeMarkerAt(n []rune, k, lim int) int {
	j := k
	for j < lim && j-k < 2 && isDigit(n[j]) {
		j++
	}
	if j == k || j+1 >= lim || isDigit(n[j]) || n[j] != '型' && n[j] != '价' || !isHan(n[j+1]) {
		return 0
	}
	return j + 1 - k
}

// ordinalAt is the length of an ordinal in digits at k ("第3针"), 0 if none.
func ordinalAt(n []rune, k, lim int) int {
	if k >= lim || n[k] != '第' {
		return 0
	}
	j := k + 1
	for j < lim && isDigit(n[j]) {
		j++
	}
	if j == k+1 || j >= lim || !strings.ContainsRune(ordinalCounters, n[j]) {
		return 0
	}
	return j + 1 - k
}

// TrimLead removes the context words a label may open with once a caller
// has cut something off its start (a place's name): "现有托育机构" →
// "托育机构".
func TrimLead(label string) string { return string(trimLead(newPhrase(label)).r) }
