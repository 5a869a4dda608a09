package figures

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// buildLabel finds the label of c (see the package documentation for the
// rule): the phrase before the number back to the clause boundary (not
// below lo, the end of the previous figure), cleaned of context and verbs;
// or, when that phrase is empty, only a verb, or a modifier ending in 的,
// the object written after the number (not beyond next); or else the
// label of the previous figure (prev, which counted prevBase).
func buildLabel(t *text, c *cand, lo, next int, prev phrase, prevBase string) {
	n := t.n
	pe := c.pre.labelEnd
	hs := lo
	var parens [][2]int
	for k := pe - 1; k >= lo; k-- {
		ch := n[k]
		if isHardBoundary(ch) || ch == '(' {
			hs = k + 1
			break
		}
		if ch == ')' {
			depth, m := 0, k
			for ; m >= lo; m-- {
				if n[m] == ')' {
					depth++
				} else if n[m] == '(' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if m < lo {
				hs = k + 1
				break
			}
			parens = append(parens, [2]int{m, k + 1})
			k = m
		}
	}
	var raw phrase
	for k := hs; k < pe; k++ {
		inParen := false
		for _, p := range parens {
			if k >= p[0] && k < p[1] {
				// "农村乡（镇）": the level's other names are the noun's own.
				inParen = k == p[0] || k == p[1]-1 || !adminAlternative(t, p)
				break
			}
		}
		if !inParen {
			raw.r = append(raw.r, t.r[k])
			raw.n = append(raw.n, n[k])
		}
	}
	if !hasHan(raw) {
		if ranked, ok := rankedClauseBefore(t, hs, lo); ok {
			raw = ranked // "其中咨询类最多,占68%": the kind ranked is what the share is of
		}
	} else if len(raw.n) > 1 && raw.n[0] == '占' {
		if ranked, ok := rankedClauseBefore(t, hs, lo); ok {
			// "…以化学药品注射剂为主,占报告总数的42.68%": the kind's share
			// of the total.
			raw = joinPhrase(ranked, raw)
		}
	}
	if named, ok := parenthesisedName(t, parens, pe); ok {
		// "占总人口的比重（常住人口城镇化率）为62.07%": the parenthesis
		// gives the indicator's own name.
		raw = named
	}
	if !hasHan(raw) {
		if ref, ok := parenthesisedOf(t, c.num.a, lo); ok {
			if otherArea.MatchString(string(ref.n)) {
				// "低于全省(4.5‰)": another area's value, not the subject's;
				// no label is right for it, so it is no figure.
				c.label = phrase{}
				c.other = true
				return
			}
			raw = ref
		}
	}
	if hs == lo && len(raw.n) > 1 && raw.n[0] == '的' && !prev.empty() {
		// "其余8种丙类传染病的报告病例总数为32438例": the things the number
		// before counted are whose total this is.
		raw = joinPhrase(trimLead(prev), raw.slice(1, len(raw.r)))
	}
	endsDe := len(raw.n) > 0 && raw.n[len(raw.n)-1] == '的'
	// "西凤酒等5个品牌": the words before 等 are examples; what is counted
	// is named after the number.
	endsDeng := false
	if k := c.num.a - 1; k >= lo && k < len(n) {
		for k > lo && isSpace(n[k]) {
			k--
		}
		endsDeng = n[k] == '等'
	}
	listWord := 0
	for _, s := range c.pre.skipped {
		switch string(n[s[0]:s[1]]) {
		case "分别", "分别为", "分别是", "分别达", "分别在":
			listWord = 1
		case "均", "均为", "都", "全部":
			if listWord == 0 {
				listWord = 2
			}
		}
	}

	if listWord == 1 && !hasHan(raw) {
		// "孕产妇死亡率、婴儿死亡率持续下降，分别降至…": the items stand in
		// the clause before, with what they did.
		if subj := listBeforeClause(t, hs, lo); !subj.empty() {
			raw = subj
		}
	}
	// "门诊人次、出院人次分别完成年计划的103.5%、98.2%": 分别 inside the
	// phrase ends the list; what follows it is said of every item.
	var eachTail phrase
	if listWord == 0 {
		if head, tail, ok := cutEach(raw); ok {
			raw, eachTail, listWord = head, tail, 1
		}
	}
	if l := listNumber(raw); l > 0 {
		raw = raw.slice(l, len(raw.r)) // "一、全市累计报告…": an outline number, no item of a list
	}
	items := splitList(raw)
	if len(items) > 1 && listWord == 1 && expandConj(items) {
		// "A、B和C…分别…": 和 joins the last two items of the list.
		items = conjPhrases(items)
		shareMeasureHead(items)
	}
	if len(items) == 1 && listWord == 1 {
		// "孕产妇死亡率和婴儿死亡率分别为…": 和, 及, 与 join the items;
		// "城区和农村签约率" share the last one's measure.
		items = splitConj(raw)
		if len(items) > 1 {
			sharedTailOrMeasure(items)
			shareLeadingArea(items)
		}
	}
	var core phrase
	if len(items) > 1 {
		cleaned := make([]phrase, len(items))
		allRate, anyEmpty := true, false
		for i, it := range items {
			cleaned[i] = clean(it)
			if cleaned[i].empty() {
				anyEmpty = true
			} else if cleaned[i].n[len(cleaned[i].n)-1] != '率' {
				allRate = false
			}
		}
		shareHead(cleaned)
		if !eachTail.empty() && !anyEmpty {
			for i := range cleaned {
				cleaned[i] = joinPhrase(cleaned[i], eachTail)
			}
		}
		switch {
		case !anyEmpty && (listWord != 0 || allRate):
			c.items = cleaned
			c.listKind = listWord
			if c.listKind == 0 {
				c.listKind = 2
			}
			core = joinList(cleaned)
		case !anyEmpty && sharedModifiers(cleaned):
			// "乙、丙类传染病报告21种13512例": one-character modifiers of
			// the last item's head, one subject.
			core = joinList(cleaned)
		case !anyEmpty && !verbOfExamples(items).empty():
			// "公开部门预决算、行政许可、…、办事指南等信息176条": examples of
			// a kind, counted together: the verb and the kind.
			core = verbOfExamples(items)
		case !anyEmpty:
			// "床位数、医师数增至7.83张、3.57个": the items go to the values
			// in order when as many follow; else the last item is the label.
			c.maybe = cleaned
			core = cleaned[len(cleaned)-1]
		default:
			core = cleaned[len(cleaned)-1]
		}
	} else {
		core = clean(raw)
		if listWord == 0 {
			// "新增国家生态文明建设示范区和“两山”实践创新基地6个": one
			// number for both things joined by 和.
			if conj := splitConj(core); len(conj) == 2 && conjSum(conj) {
				c.sum = true
			}
		}
	}

	if areaLevelCompared(t, raw, core, c.se) {
		// "低于全省4.03‰的平均水平": the wider area's own level, quoted
		// to compare; no figure of the text's subject.
		c.label, c.other = phrase{}, true
		return
	}
	if by := marginOver(raw, core, prev); !by.empty() {
		// "民间投资增长2.1%、高于全国8.5个百分点": the margin over another
		// area is the previous measure's.
		core = by
	}
	if (len(core.r) == 1 || mannerOnly.has(core.n)) && len(c.items) == 0 {
		// A single character ("日", "另") or a manner alone ("免费为36万
		// 适龄女生接种") names nothing.
		core = phrase{}
	}
	fph, fend, fverb := followPhrase(t, c.se, next)
	if !core.empty() && isSpace(t.nAt(c.se)) {
		// "获批国家区域医疗中心12个 数量居全国第一": a space after the
		// unit parts a headline's phrases; the words before name it.
		fph = phrase{}
	}
	if !core.empty() && !fph.empty() && !fverb && len(c.items) == 0 && placeSubject(string(core.n)) {
		// "渝东南地区已有9家医院开通远程医疗服务": the place is where, the
		// words after the number what is counted, as after 全市.
		core = phrase{}
	}
	c.source = fromCore
	if att, to, ok := attendanceLabel(t, c, next); ok && len(c.items) == 0 {
		c.label, c.source, c.followTo = att, fromFollow, to
		return
	}
	if (c.unit.base == "类" || c.unit.base == "种") && !fph.empty() && !fverb && isDigit(t.nAt(fend)) {
		// "12类基本公共卫生服务资金3728万元": the kinds name what the next
		// number measures; the words are its label too.
		c.label, c.source = fph, fromFollow
		return
	}
	var from phrase // the subject of a change told in a clause of its own
	if core.empty() {
		from = fromSubject(t, c.num.a)
	}
	switch {
	case !from.empty():
		c.label = from
	case core.empty():
		// An object naming what is counted ("共有1569名农村孕产妇") is the
		// label. An event after the number ("284人经会诊后留院") usually
		// continues the previous figure when it counts the same kind of
		// thing.
		// "确定39个创建领域和69个创建团队": a count joined by 和 to one
		// of objects counts an object too, whatever verb its name opens
		// with.
		listed := slices.Contains([]string{"和", "及", "与", "、"}, strings.TrimSpace(string(t.n[lo:min(c.num.a, len(t.n))])))
		if !fph.empty() && !(fverb && !listed && !prev.empty() && c.unit.base == prevBase) && !(c.unit.unit != "" && !c.unit.count && wordsThenNumber(t, fend) && isDigit(t.nAt(next))) {
			// "同比增加16.50%基层医疗卫生机构诊疗55.50万人次": words running
			// into the next number name it, not the change before them.
			c.label, c.source, c.followTo = fph, fromFollow, fend
		}
	case contentVerbs.has(core.n) && len(c.items) == 0:
		if coverageVerbs.has(core.n) {
			// "实施育儿补贴制度，惠及23.6万婴幼儿": who benefits is
			// counted for the programme the clause before names.
			if prog := coveredProgramme(t, hs, lo, prev); !prog.empty() {
				core = joinPhrase(prog, core)
			}
			countedAfterMultiplier(c, fph)
		}
		c.label = core
		if !fph.empty() {
			c.label, c.source, c.followTo = joinPhrase(core, fph), fromFollow, fend
			if len(c.label.r) > maxLabel {
				c.label = fph
			}
		}
	case !fph.empty() && t.nAt(c.se) == '的' && len(c.items) == 0 && len(core.n) > 0 && core.n[len(core.n)-1] == '以':
		// "深圳华厦眼科医院以100%的住院满意率…位列第一": what 以 brings the
		// number in is named after 的, up to its measure word; the words
		// before 以 are who has it, those after the measure what it won.
		c.label, c.source, c.followTo = upToMeasure(fph), fromFollow, fend
	case (endsDe || endsDeng) && !fph.empty() && !fverb && len(c.items) == 0:
		c.label, c.source, c.followTo = fph, fromFollow, fend
		if ex := lastExample(raw); endsDeng && !ex.empty() && len(ex.r)+1+len(fph.r) <= maxLabel {
			// "控烟限酒和心理健康等3个专项行动": an example names the kind.
			c.label = joinPhrase(joinPhrase(ex, newPhrase("等")), fph)
		}
	case !core.empty() && !fph.empty() && !endsDe && !endsDeng && len(c.pre.skipped)+len(c.pre.quals) == 0 && endsWithNoun(core) && runsIntoNext(t, fend, next):
		// "共有乡镇卫生院12个村卫生室186个": the words after the count name
		// the next one's, with no punctuation between; this count's are
		// written before it.
		c.label = core
	case !fph.empty() && t.nAt(c.se) == '的' && len(c.items) == 0 && measuresIn(core, c.unit.base):
		// "实际开放床位近700张的大型综合性医院": the measure written before
		// the number is what it counts; the noun after 的 is what has it,
		// and the words listed before the measure ("集医疗、教学…为一
		// 体") are no items counted.
		c.label, c.maybe = afterOwnerIntro(core), nil
	case c.unit.count && !fph.empty() && len(c.items) == 0 && len(core.n) >= 2 && core.n[len(core.n)-1] == '数':
		// "确保完成千人口托位数4.6个以上任务目标": the number is of the
		// measure named before it; the noun after says what kind of
		// number it is, not what it counts.
		c.label = core
	case !fph.empty() && targetCompared.MatchString(string(core.n)):
		// "每千人口托位数达到3.64个,超出省定3.4个任务指标": the words
		// before name the target compared with; the noun after says what
		// kind of number it is.
		c.label = core
	case (c.unit.count || countedAfterMultiplier(c, fph)) && !fph.empty() && !fverb && len(c.items) == 0:
		// A classifier followed by a noun: the noun is what is counted
		// ("县疾控中心完成20家企业…监测任务", "建立省内外88名外埠专家库"). With
		// a verb before the number the verb is kept; without one only a
		// short noun is trusted.
		var verb phrase
		if l := contentVerbs.suffix(core.n, 0, len(core.n)); l > 0 && l < len(core.n) {
			verb = core.slice(len(core.n)-l, len(core.n))
		} else if v := skippedVerb(t, c); !v.empty() {
			verb = v
		} else if len(core.n) == 2 && hasHan(core) && !mannerOnly.has(core.n) && !endsDe && !endsDeng && len(splitList(raw)) < 2 {
			// "修复17块污染地块": two characters right before the count
			// are the verb done to what is counted; not the last name of
			// a list of them ("平桥、白鹤、石梁5家乡镇卫生院").
			verb = core
		}
		switch {
		case !verb.empty():
			c.label, c.source, c.followTo = joinPhrase(verb, fph), fromFollow, fend
			if coverageVerbs.has(verb.n) && len(core.r) > len(verb.r) && len(core.r)+len(fph.r) <= maxLabel {
				// "育儿补贴政策惠及80万名婴幼儿": who benefits is counted
				// for the programme named before the verb.
				c.label = joinPhrase(core, fph)
			}
			if len(c.label.r) > maxLabel {
				c.label = fph
			}
		case len(fph.r) >= 2 && len(fph.r) <= 8:
			c.label, c.source, c.followTo = fph, fromFollow, fend
			if subj := scopeSubject(withScopeVerb(t, c, core)); !subj.empty() && len(subj.r)+len(fph.r) <= maxLabel {
				// "检查检验结果互认范围扩展到200家二级以上医院": what
				// reached these is their label's subject; the bare noun
				// would count every such hospital.
				c.label = joinPhrase(subj, fph)
			}
		default:
			c.label = core
		}
	default:
		c.label = core
	}
	if c.source == fromFollow && strings.HasSuffix(string(c.label.r), string(fph.r)) && !afterRecipient(t, c.num.a) {
		before := len(c.label.r)
		var to int
		c.label, to = withPredicate(t, c.label, fend, next)
		c.pred = c.label.slice(before, len(c.label.r))
		if !c.pred.empty() {
			c.followTo = to
		}
	} else if c.source == fromFollow && string(c.label.r) == string(fph.r) && len(fph.r) >= 2 {
		// "免费为36万适龄女生接种HPV疫苗": the recipients are counted as
		// those the service reached, "接种HPV疫苗的适龄女生".
		limit := maxServedLabel - 1
		if strings.ContainsRune(string(fph.n), '、') {
			limit = maxLabel - 1 // the examples of a list already name them ("红黄码、密接等风险人员")
		}
		if with, to := withPredicateUpTo(t, fph, fend, next, limit); len(with.r) > len(fph.r) {
			// A bare verb ("向500家供水单位发放") or a modified noun
			// ("实施的免费婚检") says too little to name them by.
			pred := withoutFrequency(with.slice(len(fph.r), len(with.r)))
			manner := mannerOnly.suffix(fph.n, 0, len(fph.n))
			if len(pred.r) == 2 && manner > 0 && len(fph.n) > manner {
				// "为339.49万65及以上老年人免费体检": a bare verb with its
				// manner names the service.
				pred = joinPhrase(fph.slice(len(fph.n)-manner, len(fph.n)), pred)
			}
			if len(pred.r) > 2 && !strings.ContainsRune(string(pred.n), '的') {
				// "2600名适龄女学生免费接种": the manner goes with the
				// service, not the people ("为8000余人免费发放…" names
				// them by the service alone).
				obj := fph
				if l := mannerOnly.suffix(obj.n, 0, len(obj.n)); l > 0 {
					obj = obj.slice(0, len(obj.n)-l)
				}
				c.label = pred
				if !obj.empty() {
					c.label = joinPhrase(joinPhrase(pred, newPhrase("的")), obj)
				}
				c.followTo, c.served = to, true
				countedAfterMultiplier(c, obj) // "70万妇女免费": the women, not the manner
			}
		}
	}
	if !c.label.empty() {
		return
	}
	if subj := trendSubject(t, hs, lo); !subj.empty() {
		// "孕产妇死亡率持续下降，全年为9.5/10万": the clause before names
		// what reached the number.
		c.label = subj
		return
	}
	if !core.empty() {
		from = fromSubject(t, c.num.a) // not read above
	}
	if !from.empty() {
		c.label = from
		return
	}
	// Fallbacks: a skipped content verb ("完成"), the previous figure's
	// label, a worded qualifier ("增长").
	if v := skippedVerb(t, c); !v.empty() {
		c.label, c.source = v, fromOther
		return
	}
	if !prev.empty() {
		if len(c.pre.quals) > 0 {
			// "铁路运营里程新增1700公里、突破7000公里": the level reached
			// is the measure's, not the change's.
			for _, v := range []string{"新增", "增加", "增长", "提高", "提升", "下降", "降低", "减少"} {
				if l := len([]rune(v)); len(prev.n) > l+1 && string(prev.n[len(prev.n)-l:]) == v {
					prev = prev.slice(0, len(prev.n)-l)
					break
				}
			}
		}
		if seg := string(t.n[lo:min(c.num.a, len(t.n))]); strings.ContainsAny(seg, "，,") && !strings.Contains(seg, "、") {
			if subject, q := measureWordOf(prev); q != "" && otherQuantity(q, quantityOf(c.unit.base)) {
				// "乡镇卫生院共有52个,床位652张,1319人": a count of people
				// after beds is not beds; the subject stays, the measure
				// is the unit's.
				c.label, c.source = joinPhrase(subject, newPhrase(genericLabel(c.unit.base, c.unit.unit))), fromOther
				return
			}
		}
		c.label, c.source = prev, fromInherit
		return
	}
	for _, q := range c.pre.quals {
		if p := newPhrase(q); hasHan(p) {
			c.label, c.source = p, fromOther
			return
		}
	}
	// Last resort for a figure standing alone ("1,353万元"): a generic
	// name for what its unit measures. Only when the sentence offers no
	// other words at all.
	if g := genericLabel(c.unit.base, c.unit.unit); g != "" && !hasHanOutside(t, c.num.a, c.se) {
		c.label, c.source = newPhrase(g), fromOther
	}
}

// peopleEnds end nouns naming people.
const peopleEnds = "人者员童儿生众工女民"

// countedAfterMultiplier reports whether a number written with a bare
// multiplier counts the people or households named after it ("惠及130万老
// 年人"), and gives its unit their counter ("万人").
func countedAfterMultiplier(c *cand, fph phrase) bool {
	if c.unit.unit == "" || strings.Trim(c.unit.unit, "十百千万亿") != "" || len(fph.n) < 2 {
		return false
	}
	counter := ""
	switch last := fph.n[len(fph.n)-1]; {
	case last == '户':
		counter = "户"
	case strings.ContainsRune(peopleEnds, last):
		counter = "人" // 老年人, 婴幼儿, 儿童, 学生, 群众, 患者, 职工
	default:
		return false
	}
	c.unit.unit += counter
	c.unit.base, c.unit.count = counter, true
	return true
}

// newPhrase makes a phrase from a string.
func newPhrase(s string) phrase {
	r := []rune(s)
	nn := make([]rune, len(r))
	for i, x := range r {
		nn[i] = fold(x)
	}
	return phrase{r, nn}
}

// hasHanOutside reports whether the sentence has Han characters outside
// the runes [a,b).
func hasHanOutside(t *text, a, b int) bool {
	for i, c := range t.n {
		if (i < a || i >= b) && isHan(c) {
			return true
		}
	}
	return false
}

// genericLabel names what a unit measures, for figures written alone.
func genericLabel(base, unit string) string {
	switch {
	case unit == "":
		return ""
	case strings.HasSuffix(unit, "元"):
		return "金额"
	case base == "%" || base == "‰" || base == "个百分点" || base == "个千分点":
		return "比例"
	case base == "人" || base == "名" || base == "位":
		return "人数"
	case base == "人次":
		return "人次"
	case base == "例" || base == "例次":
		return "例数"
	}
	return "数量"
}

func joinPhrase(a, b phrase) phrase {
	var p phrase
	p.r = append(append(p.r, a.r...), b.r...)
	p.n = append(append(p.n, a.n...), b.n...)
	return p
}

func joinList(items []phrase) phrase {
	var p phrase
	for i, it := range items {
		if i > 0 {
			p.r = append(p.r, '、')
			p.n = append(p.n, '、')
		}
		p.r = append(p.r, it.r...)
		p.n = append(p.n, it.n...)
	}
	return p
}

// sharedModifiers reports whether every item of a list but the last is one
// character, a modifier the last item's head completes ("乙、丙类"); the
// first may carry words before its class letter ("法定乙、丙类传染病").
func sharedModifiers(items []phrase) bool {
	for i, it := range items[:len(items)-1] {
		if i == 0 && len(it.n) > 1 && strings.ContainsRune(classLetters, it.n[len(it.n)-1]) {
			continue
		}
		if len(it.n) != 1 || !unicode.Is(unicode.Han, it.n[0]) {
			return false // "4、孕产妇…": a list's number
		}
	}
	return true
}

// classLetters name classes of diseases, hospitals and the like: 甲类,
// 乙类, 二级.
const classLetters = "甲乙丙丁一二三"

// listedRun reports whether each value of a run is joined to the next by
// 、 or a conjunction ("7.83张、3.57个", "100%、94.4%和42.4%"): values an
// unmarked list of items may take in order, unlike one subject's kinds
// and cases ("乙、丙类传染病报告21种13512例").
func listedRun(t *text, cs []cand) bool {
	for k := 0; k+1 < len(cs); k++ {
		if gap := t.str(cs[k].se, cs[k+1].num.a); !cs[k].listed && !valueJoints[strings.TrimSpace(gap)] {
			return false
		}
	}
	return true
}

// valueJoints join the values of a list: "x、y", "x和y".
var valueJoints = map[string]bool{"、": true, "和": true, "及": true, "与": true, "以及": true}

// applyLists distributes list labels: "A、B分别为x、y" gives A to x and B
// to y. A list with 均 ("A、B均100%") is fanned out by Extract.
func applyLists(t *text, cs []cand) {
	for i := 0; i < len(cs); i++ {
		c := &cs[i]
		if len(c.maybe) > 1 && len(c.items) == 0 && c.source == fromCore {
			// "床位数、医师数增至7.83张、3.57个": as many values as items.
			j := i + 1
			for j < len(cs) && cs[j].source == fromInherit {
				j++
			}
			maybe := c.maybe
			if j-i != len(maybe) && expandConj(maybe) && len(conjPhrases(maybe)) == j-i {
				// "A、B和C…达到x、y和z": 和 joins the last two items.
				maybe = conjPhrases(maybe)
			}
			if j-i == len(maybe) && listedRun(t, cs[i:j]) {
				labels := completeItems(maybe)
				for k := 0; k < j-i; k++ {
					cs[i+k].label = newPhrase(labels[k])
				}
				i = j - 1
				continue
			}
			if j-i == 1 && sumLabel(c.maybe) {
				// "新培育独角兽、小巨人、单项冠军企业300家": one number
				// for the items together.
				c.label, c.sum = joinList(c.maybe), true
				continue
			}
		}
		if len(c.items) < 2 {
			continue
		}
		j := i + 1
		for j < len(cs) && (cs[j].source == fromInherit || cs[j-1].listed) {
			j++
		}
		group := j - i
		// "县医院、中医院分别新增3、5家分院": the object after the list's
		// last number is what every item's number counts.
		var object phrase
		if group > 1 && cs[j-1].source == fromFollow && cs[j-2].listed {
			object = cs[j-1].label
		}
		if group == 1 {
			if c.listKind == 1 {
				c.listKind = 2 // "A、B分别为100%": both are 100%
			}
			continue
		}
		labels := sharedHeadItems(completeItems(c.items))
		if n := len(labels); n >= 2 && group > n && group%n == 0 && c.listKind == 1 {
			// "A、B和C分别由2016年的x、y、z下降到2019年的p、q、r": each
			// item's start, then each item's end; "分别为x、y、z,较2015年
			// p、q、r分别下降a、b、c": the items' values group after group.
			for k := range labels {
				labels[k] = changeStartTail.ReplaceAllString(labels[k], "")
			}
			all := make([]string, 0, group)
			for len(all) < group {
				all = append(all, labels...)
			}
			labels = all
		} else if group != len(c.items) {
			// "学前教育毛入园率、高中阶段和高等教育毛入学率分别达到…" with
			// three values: 和 joins two of the items.
			labels = conjItems(c.items)
			if expandConj(c.items) {
				labels = completeItems(conjPhrases(c.items)) // the tail shared by all three
			}
			if len(labels) != group {
				continue
			}
		}
		for k := 0; k < group; k++ {
			cs[i+k].label = newPhrase(labels[k])
			if !object.empty() && len(cs[i+k].label.r)+len(object.r) <= maxLabel {
				cs[i+k].label = joinPhrase(cs[i+k].label, object)
			}
			cs[i+k].items = nil
			cs[i+k].listKind = 0
		}
		i = j - 1
	}
}

// changeStartTail is the start of a change run into a list item's label:
// "婴儿死亡率由2016年".
var changeStartTail = regexp.MustCompile(`(?:由|从)(?:[0-9]{4}年)?(?:的)?$`)

// sumLabel reports whether list items followed by one number name what
// that number counts together: short nouns, none of them a rate or an
// amount of its own ("独角兽、小巨人、单项冠军企业", not "床位数、医师数"),
// a clause ("促进了防治工作有力") or a blank.
func sumLabel(items []phrase) bool {
	total := 0
	for i, it := range items {
		if len(it.n) < 2 || strings.ContainsRune(metricHeads, it.n[len(it.n)-1]) ||
			strings.ContainsAny(string(it.n), "_*了") {
			return false
		}
		if i < len(items)-1 && len(it.n) > 8 {
			return false
		}
		if i > 0 && i < len(items)-1 {
			// A verb inside a later item makes it a clause; the first
			// may open with the verb all items share ("新培育独角兽").
			for k := 1; k < len(it.n); k++ {
				if contentVerbs.prefix(it.n, k, len(it.n)) > 0 {
					return false
				}
			}
		}
		total += len(it.n) + 1
	}
	return total-1 <= maxSumLabel
}

// conjSum reports whether two things joined by 和 are counted together by
// the number after them: nouns of a few words each, neither a rate or an
// amount of its own, nor a clause or a blank.
func conjSum(items []phrase) bool {
	total := 0
	for _, it := range items {
		if len(it.n) < 2 || len(it.n) > 14 || strings.ContainsRune(metricHeads, it.n[len(it.n)-1]) ||
			strings.ContainsAny(string(it.n), "_*了，,") {
			return false
		}
		total += len(it.n) + 1
	}
	return total-1 <= maxSumLabel
}

// maxSumLabel is the longest label of items counted together, in runes:
// cutting it would name one item for the sum.
const maxSumLabel = 24

// conjItems splits list items further at 和, 及, 与, each completed with
// the tail it shares ("高中阶段和高等教育毛入学率" → 高中阶段毛入学率,
// 高等教育毛入学率).
func conjItems(items []phrase) []string {
	var out []string
	for _, it := range items {
		parts := splitConj(it)
		shareLeadingArea(parts)
		out = append(out, completeItems(parts)...)
	}
	return out
}

// leadingAreas are the kinds of place the first of things joined by 和
// may open with for all of them: "农村集中供水率和自来水普及率" names the
// 农村自来水普及率.
var leadingAreas = []string{"农村", "城镇", "城市", "城区", "乡村", "城乡"}

// shareLeadingArea gives the things after the first the kind of place the
// first opens with, unless they name one of their own.
func shareLeadingArea(items []phrase) {
	if len(items) < 2 {
		return
	}
	n := 0
	for _, a := range leadingAreas {
		if k := len([]rune(a)); len(items[0].n) > k && string(items[0].n[:k]) == a {
			n = k
		}
	}
	if n == 0 {
		return
	}
	for i := 1; i < len(items); i++ {
		if !slices.ContainsFunc(leadingAreas, func(a string) bool { return strings.Contains(string(items[i].n), a) }) {
			items[i] = joinPhrase(items[0].slice(0, n), items[i])
		}
	}
}

// scopeVerbs widen the reach of what the clause names: "互认范围扩展到…".
var scopeVerbs = []string{"扩展", "扩大", "拓展", "延伸", "推广", "扩围"}

// withScopeVerb is core with the verb of widening reach the scan before
// the number took as a qualifier or skipped ("范围扩展到200家": 扩展到 is
// skipped as a level reached), so that scopeSubject sees it.
func withScopeVerb(t *text, c *cand, core phrase) phrase {
	words := slices.Clone(c.pre.quals)
	for _, sp := range c.pre.skipped {
		words = append(words, strings.TrimRight(t.str(sp[0], sp[1]), "到至为"))
	}
	for _, w := range words {
		if slices.Contains(scopeVerbs, w) {
			return joinPhrase(core, newPhrase(w))
		}
	}
	return core
}

// scopeSubject is what a clause ending in a verb of widening reach says was
// widened ("检查检验结果互认" of "电子病历互联互通和检查检验结果互认范围扩
// 展"): the last thing joined by 和, without the verb and a 范围 or 面
// before it; empty when the clause ends in no such verb.
func scopeSubject(core phrase) phrase {
	rest := ""
	for _, v := range scopeVerbs {
		if r, ok := strings.CutSuffix(string(core.n), v); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return phrase{}
	}
	n := len([]rune(rest))
	for _, w := range []string{"范围", "面"} {
		if r, ok := strings.CutSuffix(rest, w); ok {
			n = len([]rune(r))
			break
		}
	}
	conj := splitConj(core.slice(0, n))
	subj := conj[len(conj)-1]
	if len(subj.r) < 2 || !hasHan(subj) {
		return phrase{}
	}
	return subj
}

// skippedVerb returns a content verb ("完成", "实现") skipped between the
// label and the number, if any.
func skippedVerb(t *text, c *cand) phrase {
	for _, s := range c.pre.skipped {
		if contentVerbs.has(t.n[s[0]:s[1]]) {
			return phrase{t.r[s[0]:s[1]], t.n[s[0]:s[1]]}
		}
	}
	return phrase{}
}

// splitConj splits a label at the conjunctions 和, 及, 与 ("孕产妇死亡率和婴儿
// 死亡率"), keeping words such as 和谐 and 普及 whole.
func splitConj(p phrase) []phrase {
	var items []phrase
	a := 0
	for i := 1; i < len(p.n)-1; i++ {
		c := p.n[i]
		if (c == '和' || c == '及' || c == '与') && !strings.ContainsRune(leadGuards[string(c)], p.n[i+1]) && !strings.ContainsRune(conjTailGuards[c], p.n[i-1]) && i-a >= 2 {
			items = append(items, p.slice(a, i))
			a = i + 1
		}
	}
	if a == 0 || len(p.n)-a < 2 {
		return []phrase{p}
	}
	return append(items, p.slice(a, len(p.r)))
}

// conjTailGuards lists, for each conjunction, the runes before it that
// make it the end of a word: 普及, 涉及, 惠及; 总和, 缓和; 参与.
var conjTailGuards = map[rune]string{
	'及': "普涉危顾波惠触企论提",
	'和': "缓温平柔调总共饱",
	'与': "参给赋授",
}

// perHeads open a rate's label and are shared by the items after the
// first: "每千人床位数、执业医师数" → "每千人执业医师数".
var perHeads = []string{"每千常住人口", "每千人口", "每万人口", "每十万人口", "每千人", "每万人", "每十万人", "每百人", "人均"}

// shareHead gives list items the per-capita head of the first item, and
// bare counts the subject of the first count ("生产安全事故起数、死亡人数" →
// 生产安全事故死亡人数).
func shareHead(items []phrase) {
	if len(items) < 2 {
		return
	}
	shareSubject(items)
	shareTail(items)
	first := string(items[0].n)
	h := perHead(first)
	if h == "" {
		return
	}
	head := items[0].slice(0, len([]rune(h)))
	for i := 1; i < len(items); i++ {
		if !strings.HasPrefix(string(items[i].n), "每") && !strings.HasPrefix(string(items[i].n), "人均") {
			items[i] = joinPhrase(head, items[i])
		}
	}
}

// perHead is the per-capita head s opens with and names something after
// (perHeads), "" for none.
func perHead(s string) string {
	for _, h := range perHeads {
		if strings.HasPrefix(s, h) && len(s) > len(h) {
			return h
		}
	}
	return ""
}

// minSharedRunes is the shortest category word two items of a list must
// share for the words after it in the last item to be read as everyone's.
const minSharedRunes = 2

// shareTail gives the items of a list the measure written once after the
// last one, where they are parallel: the earlier items end with the word
// the last one has before its measure ("规模以上高技术制造业和装备制造业增加
// 值" → 规模以上高技术制造业增加值, 装备制造业增加值).
func shareTail(items []phrase) {
	last := items[len(items)-1]
	for _, it := range items[:len(items)-1] {
		k := 0 // runes of the item's end found in the last item, with words after them
		for l := len(it.n); l >= minSharedRunes; l-- {
			end := string(it.n[len(it.n)-l:])
			if i := strings.Index(string(last.n), end); i >= 0 && len([]rune(string(last.n)[:i]))+l <= len(last.n)-minSharedRunes {
				k = len([]rune(string(last.n)[:i])) + l
				break
			}
		}
		if k == 0 {
			return
		}
		tail := last.slice(k, len(last.n))
		if !measureTail(tail) {
			return
		}
	}
	for i := range items[:len(items)-1] {
		for l := len(items[i].n); l >= minSharedRunes; l-- {
			end := string(items[i].n[len(items[i].n)-l:])
			if j := strings.Index(string(last.n), end); j >= 0 {
				k := len([]rune(string(last.n)[:j])) + l
				items[i] = joinPhrase(items[i], last.slice(k, len(last.n)))
				break
			}
		}
	}
}

// measureTails end the measure a list's items share.
var measureTails = []string{"增加值", "产值", "收入", "标准", "率", "数", "量", "额", "比重", "占比", "规模", "总量", "价格", "费用", "人次"}

// measureTail reports whether a phrase is a measure ("增加值", "人均可支配收入").
func measureTail(p phrase) bool {
	s := string(p.n)
	for _, m := range measureTails {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// shareSubject prefixes the items after a count written with its subject
// ("生产安全事故起数") that are bare counts ("死亡人数") with that subject:
// the first item's words before its last two.
func shareSubject(items []phrase) {
	first := items[0].n
	if len(first) < 5 || first[len(first)-1] != '数' {
		return
	}
	for _, it := range items[1:] {
		if len(it.n) < 2 || len(it.n) > 4 || it.n[len(it.n)-1] != '数' {
			return
		}
	}
	head := items[0].slice(0, len(first)-2)
	for i := 1; i < len(items); i++ {
		items[i] = joinPhrase(head, items[i])
	}
}

// mannerOnly are adverbs of manner that name nothing when they are all a
// label would be.
var mannerOnly = newWordSet(`免费 无偿 全额 集中 统一 定期 主动 分批 及时`)

// predicateAdverbs may stand between a counted object and its predicate
// ("已提前达到").
var predicateAdverbs = newWordSet(`已经 已 提前 均 都 全部 基本 将 可 可以 能够 能`)

// predicateStarts begin what is said of a counted object besides the
// content verbs ("59个产品获得…认证", "90%的县医院达到…水平").
var predicateStarts = newWordSet(`获得 得到 达到 接受 享受 享有 实行 纳入 通过 入选 获评 获批 落地 投用 开通 上线 通达`)

// withPredicate adds to an object named after the number what the clause
// says of it, when that defines the set counted ("在16家医疗机构设置“免陪
// 护”病房" → "医疗机构设置“免陪护”病房", not every 医疗机构): a verb phrase
// right after the object running to the clause's end with no other number,
// within the label's length.
func withPredicate(t *text, obj phrase, end, lim int) (phrase, int) {
	return withPredicateUpTo(t, obj, end, lim, maxLabel)
}

// withPredicateUpTo is withPredicate with the label's length bounded by
// maxRunes.
func withPredicateUpTo(t *text, obj phrase, end, lim, maxRunes int) (phrase, int) {
	if joined, to := withJoinedObject(t, obj, end, lim); to > end {
		// Two names joined need the room of a share's label; without a
		// predicate they are no object of one.
		if with, at := predicateOf(t, joined, to, lim, max(maxRunes, maxShareLabel)); at > to {
			return with, at
		}
	}
	return predicateOf(t, obj, end, lim, maxRunes)
}

// predicateOf is withPredicateUpTo without a second object joined.
func predicateOf(t *text, obj phrase, end, lim, maxRunes int) (phrase, int) {
	n := t.n
	// "21项指标已提前达到2030年本市目标要求": the adverbs before the
	// predicate are left out of the label.
	start := skipAside(n, end, lim) // "165个县(市、区)配备了…": the aside is the object's
	for l := predicateAdverbs.prefix(n, start, lim); l > 0; l = predicateAdverbs.prefix(n, start, lim) {
		start += l
	}
	if start >= lim || contentVerbs.prefix(n, start, lim) == 0 && predicateStarts.prefix(n, start, lim) == 0 {
		return obj, end
	}
	k := start
	cutAt := -1
	for k < lim && !isHardBoundary(n[k]) {
		if n[k] == '、' && k-end >= 2 && k+1 < len(n) && contentVerbs.prefix(n, k+1, len(n))+changeVerbs.prefix(n, k+1, len(n)) > 0 {
			break // "11处煤矿建成试运转、新增产能…": the next clause is another figure's
		}
		if n[k] == '并' && k-start >= 2 {
			cutAt = k // "建成集体产权卫生室并投入使用": the first verb's object names them
			break
		}
		if y := yearAt(n, k); y > k {
			k = y // "达到2030年全省目标值": a year names the goal reached
			continue
		}
		if f := frequencyAt(n, k); f > k {
			k = f // "提供了1年1次的健康体检": how often, no figure of its own
			continue
		}
		if isDigit(n[k]) || n[k] == '、' || isBlankStart(t, k) {
			return obj, end
		}
		k++
	}
	if k < len(n) && !isHardBoundary(n[k]) && n[k] != '、' && k != cutAt {
		return obj, end // the clause runs on into another figure
	}
	pred := phrase{t.r[start:k], n[start:k]}
	if strings.Count(string(pred.n), "“") != strings.Count(string(pred.n), "”") {
		return obj, end // the object was quoted: "“7个中心建设”稳步推进"
	}
	if membershipVerbs.prefix(pred.n, 0, len(pred.n)) > 0 {
		// "3家医院纳入国家级精神病专业临床重点专科项目建设单位": what they
		// were made part of tells them from the others counted beside.
		maxRunes = max(maxRunes, maxMembershipLabel)
	}
	if len(obj.r)+len(pred.r) > maxRunes && strings.HasSuffix(string(pred.n), "工作") {
		// "开展胸痛救治单元建设工作": the work is named by what it builds.
		pred = pred.slice(0, len(pred.r)-len([]rune("工作")))
	}
	if len(obj.r)+len(pred.r) > maxRunes || len(pred.r) < 2 {
		return obj, end
	}
	return joinPhrase(obj, pred), k
}

// withJoinedObject is obj with a second object joined to it by 和, 及 or
// 与 when both share the predicate after them ("99.6%的社区卫生服务中心和
// 乡镇卫生院能够提供中医药服务"): a noun of a few characters, no number
// or clause mark in it, then the predicate. Else obj as it was.
func withJoinedObject(t *text, obj phrase, end, lim int) (phrase, int) {
	n := t.n
	if end >= lim || !strings.ContainsRune("和及与", n[end]) {
		return obj, end
	}
	k := end + 1
	for k < lim && k-end <= maxJoinedObject && isHan(n[k]) && predicateAdverbs.prefix(n, k, lim) == 0 &&
		contentVerbs.prefix(n, k, lim) == 0 && predicateStarts.prefix(n, k, lim) == 0 && followStops.prefix(n, k, lim) == 0 {
		k++
	}
	if k-end-1 < 2 || k-end > maxJoinedObject || k >= lim ||
		predicateAdverbs.prefix(n, k, lim)+contentVerbs.prefix(n, k, lim)+predicateStarts.prefix(n, k, lim) == 0 {
		return obj, end
	}
	return joinPhrase(obj, phrase{t.r[end:k], n[end:k]}), k
}

// maxJoinedObject bounds the second object withJoinedObject joins, in
// runes with its conjunction.
const maxJoinedObject = 10

// frequency is how often a service is given: "1年1次", "每年2次", "一年4次".
var frequency = regexp.MustCompile(`^(?:每|1|一)(?:年|季度|月|周)(?:\d{1,2}|[一二三四])次`)

// withoutFrequency is a predicate without the frequency of the service it
// names ("提供了1年1次的健康体检" → "提供了健康体检").
func withoutFrequency(pred phrase) phrase {
	for k := range pred.n {
		if f := frequencyAt(pred.n, k); f > k && f < len(pred.n) && pred.n[f] == '的' {
			return joinPhrase(pred.slice(0, k), pred.slice(f+1, len(pred.n)))
		}
	}
	return pred
}

// frequencyAt returns the index after a frequency starting at k, or k. It
// runs at every rune a predicate or a number starts at: the regexp only
// where a frequency can start.
func frequencyAt(n []rune, k int) int {
	if c := n[k]; c != '1' && c != '每' && c != '一' {
		return k
	}
	if m := frequency.FindString(string(n[k:min(k+8, len(n))])); m != "" {
		return k + len([]rune(m))
	}
	return k
}

// membershipVerbs say what the things counted were made part of: "纳入…
// 建设单位", "入选…名单", "获评…示范单位".
var membershipVerbs = newWordSet(`纳入 列入 入选 获评 评为 获批 认定为 确定为`)

// maxMembershipLabel bounds a label naming what its things were made part
// of.
const maxMembershipLabel = 26

// maxRunIntoRunes bounds the words between an object and the next number
// they run into ("诊疗" of 基层医疗卫生机构诊疗55.50万人次).
const maxRunIntoRunes = 6

// wordsThenNumber reports whether the text at k is a few Han characters
// and then a number, with no boundary between.
func wordsThenNumber(t *text, k int) bool {
	for i := 0; i <= maxRunIntoRunes; i++ {
		switch r := t.nAt(k + i); {
		case isDigit(r):
			return true
		case !isHan(r):
			return false
		}
	}
	return false
}

// endsWithNoun reports whether a label's core ends with what a count
// written right after it counts ("乡镇卫生院"), not a verb whose object
// follows the count ("…中心有", "共检查").
func endsWithNoun(core phrase) bool {
	if contentVerbs.suffix(core.n, 0, len(core.n)) > 0 || changeVerbs.suffix(core.n, 0, len(core.n)) > 0 {
		return false
	}
	return !strings.ContainsRune("有是为达了共计", core.n[len(core.n)-1])
}

// runsIntoNext reports whether the phrase after a figure, ending at end,
// runs into the next figure's number (next, the end of its label), with
// at most a short aside between: "…13个国家卫生县城(乡镇)89个".
func runsIntoNext(t *text, end, next int) bool {
	if next >= len(t.n) {
		return false
	}
	k := skipAside(t.n, end, next)
	for k < next && isSpace(t.n[k]) {
		k++
	}
	return k >= next
}

// maxAsideRunes bounds a short aside in brackets after an object: "(市、区)".
const maxAsideRunes = 8

// skipAside returns the rune after a short bracketed aside with no number
// opening at k ("(市、区)", "(州)"), or k.
func skipAside(n []rune, k, lim int) int {
	if k >= lim || n[k] != '(' {
		return k
	}
	for j := k + 1; j < lim && j-k <= maxAsideRunes+1; j++ {
		switch {
		case n[j] == ')':
			return j + 1
		case isDigit(n[j]) || n[j] == '(' || isHardBoundary(n[j]):
			return k
		}
	}
	return k
}

// yearAt returns the rune after a year written at k ("2030年"), or k.
func yearAt(n []rune, k int) int {
	if k > 0 && isDigit(n[k-1]) || k+4 >= len(n) || n[k+4] != '年' {
		return k
	}
	for i := k; i < k+4; i++ {
		if !isDigit(n[i]) {
			return k
		}
	}
	if c := string(n[k : k+2]); c != "19" && c != "20" {
		return k
	}
	return k + 5
}

// maxServedLabel bounds a label naming those a service reached: the
// recipients and the service together ("开展氟化泡沫预防龋齿的3-6岁儿童")
// are longer than most names, and cut they no longer tell one service's
// recipients from another's in the same sentence.
const maxServedLabel = maxLabel + 6

// recipients are prepositions that make the counted object the receiver
// of the verb after it, not its subject ("向500家供水单位发放", "对3.5万名
// 学生开展监测"): what the clause says is not said of the object.
var recipients = "向对为给"

// afterRecipient reports whether the clause before the number at a holds
// a recipient preposition ("成为", "为主" hold no preposition 为).
// maxRecipientReach bounds, in runes, how far back afterRecipient looks:
// without a bound a run-on sentence costs its length for every figure.
const maxRecipientReach = 256

func afterRecipient(t *text, a int) bool {
	start := a
	for start > 0 && a-start < maxRecipientReach && !isHardBoundary(t.n[start-1]) {
		start--
	}
	seg := t.n[start:a]
	for i, r := range seg {
		if !strings.ContainsRune(recipients, r) {
			continue
		}
		if r == '为' && (i > 0 && strings.ContainsRune("成作认因较更最行", seg[i-1]) || i+1 < len(seg) && strings.ContainsRune("主期止", seg[i+1])) {
			continue
		}
		return true
	}
	return false
}

// otherArea is a reference to a wider area or its average ("全国平均水平",
// "全省", "全市平均"), whose value a report quotes beside its own.
var otherArea = regexp.MustCompile(`^(全国|全省|全市|全区|全州|全县|全盟|省|国家)(的)?(平均|均值)?(水平|值|数)?$`)

// compareVerbs open a comparison with another area or a reference value
// ("高出全国平均水平(79岁)4.62岁").
var compareVerbs = []string{"高出", "高于", "低于", "超出", "超过", "优于", "好于", "比", "较"}

// measureEndings end the name of a measured indicator.
var measureEndings = []string{"率", "比重", "比例", "指数", "人数", "数"}

// noteOpeners open a bracketed note on how figures are counted.
var noteOpeners = newWordSet(`以下 下同 含 不含 包括 包含 注 按 均为 其中`)

// parenthesisedName is the name of an indicator written in a parenthesis
// right before the label's end ("…的比重（常住人口城镇化率）为…"): at
// least three characters ending in a measure word.
func parenthesisedName(t *text, parens [][2]int, end int) (phrase, bool) {
	for _, p := range parens {
		if p[1] != end {
			continue
		}
		var in phrase
		for k := p[0] + 1; k < p[1]-1; k++ {
			in.r = append(in.r, t.r[k])
			in.n = append(in.n, t.n[k])
		}
		name := string(in.n)
		if len(in.n) < 3 || !hasHan(in) || noteOpeners.prefix(in.n, 0, len(in.n)) > 0 {
			// "(以下均为实有床位数)": a note on how the figures after it
			// are counted, not the name of this one.
			return phrase{}, false
		}
		for _, e := range measureEndings {
			if strings.HasSuffix(name, e) {
				return in, true
			}
		}
	}
	return phrase{}, false
}

// parenthesisedOf names a number written with no words of its own next to
// a parenthesis. Right after "(" it is the value of the noun before the
// parenthesis, without the comparison verb that introduces it ("高出全国平均
// 水平(79岁)": 全国平均水平); right after ")" it is what the phrase before
// the parenthesis says of the subject ("…(79岁)4.62岁": 高出全国平均水平).
// Without this both took the previous figure's label and stood as values
// of the subject.
func parenthesisedOf(t *text, num, lo int) (phrase, bool) {
	n := t.n
	k := num - 1
	for k >= 0 && isSpace(n[k]) {
		k--
	}
	if k < 0 {
		return phrase{}, false
	}
	open := k
	verb := false
	switch n[k] {
	case '(':
		verb = true
	case ')':
		if k < lo-1 {
			return phrase{}, false
		}
		depth := 0
		for open = k; open >= 0; open-- {
			if n[open] == ')' {
				depth++
			} else if n[open] == '(' {
				if depth--; depth == 0 {
					break
				}
			}
		}
		if open < 0 {
			return phrase{}, false
		}
	default:
		return phrase{}, false
	}
	start := open
	for start > 0 && !isHardBoundary(n[start-1]) && n[start-1] != '(' && n[start-1] != ')' {
		start--
	}
	var p phrase
	p.r, p.n = t.r[start:open], n[start:open]
	if verb {
		for _, v := range compareVerbs {
			if l := len([]rune(v)); len(p.n) > l && string(p.n[:l]) == v {
				p = p.slice(l, len(p.n))
				break
			}
		}
	}
	if !hasHan(p) || len(p.r) > maxLabel {
		return phrase{}, false
	}
	return p, true
}

// cutEach splits a list phrase at an inner 分别 ("A、B分别完成年计划"):
// the items before it and what is said of each after it.
func cutEach(p phrase) (head, tail phrase, ok bool) {
	for i := 2; i+2 < len(p.n); i++ {
		if p.n[i] != '分' || p.n[i+1] != '别' {
			continue
		}
		head = p.slice(0, i)
		if len(splitList(head)) < 2 && len(splitConj(head)) < 2 {
			return phrase{}, phrase{}, false // "A和B分别占…" lists two as well
		}
		tail = trimTail(p.slice(i+2, len(p.n)))
		return head, tail, !tail.empty()
	}
	return phrase{}, phrase{}, false
}

// verbOfExamples is the verb opening a list of examples and the kind that
// closes it with 等 ("公开" and "信息" of "通过…网公开部门预决算、…、办事指南
// 等信息"); empty when the list is no such thing or no verb opens it.
func verbOfExamples(items []phrase) phrase {
	last := items[len(items)-1]
	deng := -1
	for i := len(last.n) - 2; i > 0; i-- {
		if last.n[i] == '等' {
			deng = i
			break
		}
	}
	if deng < 0 || len(last.n)-deng-1 > maxExampleKindRunes || !hasHan(last.slice(deng+1, len(last.n))) {
		return phrase{}
	}
	first := items[0]
	v, l := -1, 0
	for i := range first.n {
		if k := max(contentVerbs.prefix(first.n, i, len(first.n)), publishVerbs.prefix(first.n, i, len(first.n))); k > 0 && i+k < len(first.n) {
			v, l = i, k
		}
	}
	if v < 0 {
		return phrase{}
	}
	return joinPhrase(first.slice(v, v+l), last.slice(deng+1, len(last.n)))
}

// publishVerbs put out what a disclosure report counts: "公开…等信息".
var publishVerbs = newWordSet(`公开 主动公开 推送 转发 更新`)

// maxExampleKindRunes bounds the kind a list of examples closes with.
const maxExampleKindRunes = 4

// lastExample is the last item of the examples written before 等, cleaned
// ("…、控烟限酒和心理健康" → "心理健康"), or empty when it is not a short
// noun phrase.
func lastExample(raw phrase) phrase {
	items := splitList(raw)
	if len(items) < 2 {
		return phrase{}
	}
	last := items[len(items)-1]
	if conj := splitConj(last); len(conj) > 1 {
		last = conj[len(conj)-1]
	}
	last = clean(last)
	if len(last.r) < 2 || len(last.r) > 8 || !hasHan(last) {
		return phrase{}
	}
	return last
}

// listBeforeClause is the list of subjects of the clause ending at the
// comma before hs (not before lo), without the change it reports
// ("A、B和C持续下降" → "A、B和C"), or empty when that clause is no list.
func listBeforeClause(t *text, hs, lo int) phrase {
	n := t.n
	k := hs - 1
	if k <= lo || n[k] != ',' {
		return phrase{}
	}
	a := k - 1
	for a > lo && !isHardBoundary(n[a-1]) {
		a--
	}
	if comparisonClause.MatchString(string(n[a:k])) && a-1 > lo && n[a-1] == ',' {
		// "床位数、医师数,与2015年相比,分别从…": the comparison stands
		// between the items and what they did.
		k = a - 1
		a = k - 1
		for a > lo && !isHardBoundary(n[a-1]) {
			a--
		}
	}
	p := phrase{t.r[a:k], n[a:k]}
	for {
		e := len(p.n)
		l := changeVerbs.suffix(p.n, 0, e)
		if l2 := skipVerbs.suffix(p.n, 0, e); l2 > l {
			l = l2
		}
		if l == 0 || l >= e {
			break
		}
		p = p.slice(0, e-l)
	}
	if len(splitList(p)) < 2 && len(splitConj(p)) < 2 {
		return phrase{}
	}
	return p
}

// areaLevelCompared reports whether a number after a comparison with a
// wider area ("低于全省", "高于全国") is that area's level, as the words
// after it say ("…4.03‰的平均水平"), not a margin over it.
func areaLevelCompared(t *text, raw, core phrase, se int) bool {
	if !slices.Contains(compareVerbs, string(core.n)) {
		return false
	}
	r := string(raw.n)
	i := strings.LastIndex(r, string(core.n))
	if i < 0 {
		return false
	}
	if area := r[i+len(string(core.n)):]; area == "" || !otherArea.MatchString(area) {
		return false
	}
	after := string(t.n[min(se, len(t.n)):])
	return strings.HasPrefix(after, "的平均水平") || strings.HasPrefix(after, "的水平") || strings.HasPrefix(after, "的平均值")
}

// marginOver names a margin over another area's value written with the
// comparison alone ("高于全国"): the previous figure's label, the
// comparison and the area, "民间投资高于全国"; empty otherwise.
func marginOver(raw, core, prev phrase) phrase {
	if prev.empty() || !slices.Contains(compareVerbs, string(core.n)) {
		return phrase{}
	}
	r := strings.TrimLeft(string(raw.n), "、 ")
	area, ok := strings.CutPrefix(r, string(core.n))
	if !ok || !otherArea.MatchString(area) || len(prev.r)+len([]rune(r)) > maxLabel {
		return phrase{}
	}
	return joinPhrase(prev, newPhrase(r))
}

// trendSubject is the subject of a clause that tells a trend and holds no
// number, right before the clause at hs ("全县卫生事业经费投入大幅增长,
// 2005年达1803万元" → 全县卫生事业经费投入): the figure after it is the
// level that subject reached.
func trendSubject(t *text, hs, lo int) phrase {
	n := t.n
	k := hs - 1
	if k <= lo || n[k] != ',' {
		return phrase{}
	}
	a := k
	for a > lo && !isHardBoundary(n[a-1]) {
		a--
		if isDigit(n[a]) {
			return phrase{}
		}
	}
	p := phrase{t.r[a:k], n[a:k]}
	if l := changeVerbs.suffix(p.n, 0, len(p.n)); l == 0 || l >= len(p.n) {
		return phrase{}
	}
	return withoutTrend(p)
}

// withoutTrend is the subject a clause telling a trend names, without the
// trend ("全县卫生事业经费投入大幅增长" → 全县卫生事业经费投入), cleaned; empty
// when what is left is no label.
func withoutTrend(p phrase) phrase {
	if l := changeVerbs.suffix(p.n, 0, len(p.n)); l > 0 && l < len(p.n) {
		p = p.slice(0, len(p.n)-l)
	}
	for l := trendAdverbs.suffix(p.n, 0, len(p.n)); l > 0 && l < len(p.n); l = trendAdverbs.suffix(p.n, 0, len(p.n)) {
		p = p.slice(0, len(p.n)-l)
	}
	p = clean(p)
	if len(p.r) < 2 || len(p.r) > maxLabel || !hasHan(p) || contentVerbs.has(p.n) {
		return phrase{}
	}
	return p
}

// fromSubject is the subject of a change told in a clause of its own that
// opens with 由 or 从, the clause holding the number at num: the clause
// before, without what it compares the subject with or the trend it names
// ("合肥市人均期望寿命高于全国全省平均水平,由2012年的76.83岁提高到2021年的
// 80.26岁" → 合肥市人均期望寿命).
func fromSubject(t *text, num int) phrase {
	n := t.n
	a := min(num, len(n))
	for a > 0 && !isHardBoundary(n[a-1]) {
		a--
	}
	b := a // 由 or 从, after a word of intent ("将从2015年的76.7岁")
	if a < len(n) {
		b += plannedChangeOpeners.prefix(n, a, len(n))
	}
	if a == 0 || b >= len(n) || n[a-1] != ',' || (n[b] != '由' && n[b] != '从') ||
		!baseOpens.MatchString(string(n[b+1:min(b+12, len(n))])) {
		return phrase{}
	}
	k := a - 1
	if loc := trailingPeriod.FindStringIndex(string(n[:k])); loc != nil {
		// "人均预期寿命在2015年至2020年,从76.34岁提高至77.93岁": the years
		// of the change close the subject's clause.
		k = len([]rune(string(n[:k])[:loc[0]]))
	}
	s := k
	for s > 0 && !isHardBoundary(n[s-1]) {
		s--
		if isDigit(n[s]) {
			return phrase{}
		}
	}
	p := phrase{t.r[s:k], n[s:k]}
	for _, v := range compareVerbs {
		if i := strings.Index(string(p.n), v); len([]rune(v)) > 1 && i > 0 {
			p = p.slice(0, len([]rune(string(p.n)[:i])))
		}
	}
	if i := strings.LastIndex(string(p.n), "的"); i > 0 {
		// "较受关注的人口平均预期寿命": what is said of the measure goes.
		if at := len([]rune(string(p.n)[:i])) + 1; len(p.n)-at >= minMeasureAfterDe {
			p = p.slice(at, len(p.n))
		}
	}
	return withoutTrend(p)
}

// plannedChangeOpeners say a change is planned before its 由 or 从: "将从",
// "力争由".
var plannedChangeOpeners = newWordSet(`将 要 拟 预计 力争 争取 计划`)

// minMeasureAfterDe is how long the words after a subject's last 的 must
// be to name the measure alone.
const minMeasureAfterDe = 4

// trailingPeriod is the span of years a clause ends with: "在2015年至
// 2020年", "2016—2020年间".
var trailingPeriod = regexp.MustCompile(`在?\s*(?:19|20)\d{2}\s*年?\s*(?:至|到|—|-|－|~)\s*(?:19|20)\d{2}\s*年(?:间|期间)?$`)

// baseOpens matches the start of a change's first value right after 由 or
// 从: a number, perhaps after its year ("2012年的76.83岁").
var baseOpens = regexp.MustCompile(`^(?:\d{4}年[底末]?的?)?\d`)

// trendAdverbs say how a trend went: "大幅增长", "稳步提升", "持续下降".
var trendAdverbs = newWordSet(`大幅 稳步 持续 明显 显著 逐年 逐步 不断 进一步 快速 较快 大大 有效 继续 稳定 有所`)

// coveredProgramme names the programme whose reach a coverage verb
// starting the clause at hs counts: the previous figure's label when the
// verb follows it in the same clause ("改造老旧小区870个、惠及10万余户"), or
// the object of the clause before, when that clause holds no number
// ("实施育儿补贴制度，惠及23.6万婴幼儿" → "育儿补贴制度").
func coveredProgramme(t *text, hs, lo int, prev phrase) phrase {
	n := t.n
	if hs == lo {
		if len(prev.r) > 0 && len(prev.r) <= maxLabel/2+2 {
			return prev
		}
		return phrase{}
	}
	k := hs - 1
	if k <= lo || n[k] != ',' {
		return phrase{}
	}
	a := k
	for a > lo && !isHardBoundary(n[a-1]) {
		a--
		if isDigit(n[a]) {
			return phrase{}
		}
	}
	p := clean(phrase{t.r[a:k], n[a:k]})
	// The object follows the clause's last verb: "率先完成年度育儿补贴发放".
	for i := len(p.n) - 2; i >= 0; i-- {
		if l := contentVerbs.prefix(p.n, i, len(p.n)); l > 0 && i+l < len(p.n) {
			p = trimLead(p.slice(i+l, len(p.r)))
			break
		}
	}
	if strings.HasPrefix(string(p.n), "年度") && len(p.n) > 4 {
		p = p.slice(2, len(p.r))
	}
	if len(p.r) < 2 || len(p.r) > maxLabel/2+2 || !hasHan(p) {
		return phrase{}
	}
	return p
}

// comparisonClause is a clause that only names what a change is measured
// against: "与2015年相比", "同上年比较", "较去年".
var comparisonClause = regexp.MustCompile(`^\s*(?:与|同|较|比|和)\s*(?:(?:19|20)\d\d\s*年(?:底|末)?|上年|去年|上一年|前一年|上年同期|去年同期)\s*(?:相比|比较|相较|对比)?\s*$`)

// expandConj reports whether the last item of a list holds a conjunction
// joining two items of it ("A、B和C") while the others hold none.
func expandConj(items []phrase) bool {
	for _, it := range items[:len(items)-1] {
		if len(splitConj(it)) > 1 {
			return false
		}
	}
	return len(splitConj(items[len(items)-1])) == 2
}

// conjPhrases splits every item of a list at its conjunctions, the parts
// of one item sharing the kind of place its first opens with.
func conjPhrases(items []phrase) []phrase {
	var out []phrase
	for _, it := range items {
		parts := splitConj(it)
		shareLeadingArea(parts)
		out = append(out, parts...)
	}
	return out
}

// sharedTailOrMeasure gives the items before the last the tail they share
// with it when completeItems finds one ("高血压和糖尿病患者规范管理率" →
// 高血压患者规范管理率, not 高血压管理率), else the measure it names
// (shareMeasureHead).
func sharedTailOrMeasure(items []phrase) {
	if full := completeItems(items); full[0] != string(items[0].r) {
		for i := range items[:len(items)-1] {
			items[i] = newPhrase(full[i])
		}
		return
	}
	shareMeasureHead(items)
}

// shareMeasureHead gives bare items the measure the last item names:
// "新生儿、婴儿和5岁以下儿童死亡率" asks of 新生儿死亡率 and 婴儿死亡率.
func shareMeasureHead(items []phrase) {
	last := items[len(items)-1]
	head := measureHead(last)
	if head.empty() {
		return
	}
	if k := subjectEnd(items); k > 0 && len(last.n)-k > len(head.n) {
		// "…和村卫生室藏医服务覆盖率": what follows the institution.
		head = last.slice(k, len(last.n))
	}
	for i, it := range items[:len(items)-1] {
		if !measureTail(it) && len(it.n)+len(head.n) <= maxLabel {
			items[i] = joinPhrase(it, head)
		}
	}
}

// measureHead is the word naming the measure at the end of a label: a rate
// with the two characters before 率 ("死亡率", "接种率") and a gross/net
// mark before them ("毛入学率"), or empty.
func measureHead(p phrase) phrase {
	n := len(p.n)
	if n < 4 || p.n[n-1] != '率' || !isHan(p.n[n-2]) || !isHan(p.n[n-3]) {
		return phrase{}
	}
	if n >= 5 && strings.ContainsRune(rateMarks, p.n[n-4]) {
		return p.slice(n-4, n)
	}
	return p.slice(n-3, n)
}

// rateMarks qualify a rate's name: 毛入学率, 净入学率, 粗死亡率.
const rateMarks = "毛净粗"

// quantityOf is the kind of thing a base unit counts: people, beds,
// institutions, money or a share; "" when it is none of them.
func quantityOf(base string) string {
	switch base {
	case "人", "名", "位", "人次":
		return "people"
	case "张", "床":
		return "beds"
	case "个", "家", "所", "座", "间":
		return "places"
	case "元":
		return "money"
	case "%", "‰", "个百分点", "个千分点":
		return "share"
	}
	return ""
}

// otherQuantity reports whether two kinds of things counted differ, both
// known: people, beds or places (a share or an amount may well be of the
// count before it: "新建12个，占全年目标任务的80%").
func otherQuantity(a, b string) bool {
	counts := func(q string) bool { return q == "people" || q == "beds" || q == "places" }
	return counts(a) && counts(b) && a != b
}

// measureWords end a label with what it counts ("乡镇卫生院床位").
var measureWords = []struct{ word, quantity string }{
	{"床位数", "beds"}, {"床位", "beds"}, {"机构数", "places"}, {"人员数", "people"}, {"人数", "people"},
}

// measureWordOf splits a label ending in a measure word into its subject
// and the kind of thing the word counts; "" when it ends in none.
func measureWordOf(label phrase) (phrase, string) {
	for _, m := range measureWords {
		if n := len([]rune(m.word)); len(label.n) >= n && string(label.n[len(label.n)-n:]) == m.word {
			return label.slice(0, len(label.n)-n), m.quantity
		}
	}
	return phrase{}, ""
}

// scoreMeasureEnds end the name of what a score or a share measures.
var scoreMeasureEnds = []string{"满意率", "满意度", "比例", "比重", "成绩", "得分", "总分", "评分", "指数", "率"}

// upToMeasure is a phrase up to the first measure word that ends a name
// in it ("门诊满意率位列全市第一" → "门诊满意率"); the phrase itself when
// it holds none.
func upToMeasure(p phrase) phrase {
	for i := 2; i <= len(p.n); i++ {
		for _, m := range scoreMeasureEnds {
			if w := []rune(m); i >= len(w)+1 && string(p.n[i-len(w):i]) == m {
				return p.slice(0, i)
			}
		}
	}
	return p
}

// rankedWords end a clause that ranks a kind among others before its
// share: "咨询类最多,占68%", "反映诉求类次之,占30%".
var rankedWords = []string{"最多", "次之", "最高", "最少", "居首", "居多", "其次", "第一", "为主"}

// rankedClauseBefore is the kind a clause ranks right before the clause
// starting at hs ("其中咨询类最多," before "占68%"), without its rank word and
// the context words it opens with; ok is false when the clause before ranks
// nothing, holds a number or lies before lo.
func rankedClauseBefore(t *text, hs, lo int) (phrase, bool) {
	end := hs - 1 // the boundary ending the clause before
	if end <= lo || end >= len(t.n) || !strings.ContainsRune(",，", t.n[end]) {
		return phrase{}, false
	}
	start := end
	for start > lo && !isHardBoundary(t.n[start-1]) {
		start--
	}
	clause := phrase{t.r[start:end], t.n[start:end]}
	for _, w := range rankedWords {
		if k := len(clause.n) - len([]rune(w)); k >= 2 && string(clause.n[k:]) == w {
			kind := trimLead(clause.slice(0, k))
			if len(kind.r) < 2 || strings.ContainsFunc(string(kind.n), isDigit) {
				return phrase{}, false
			}
			if i := strings.LastIndex(string(kind.n), "以"); w == "为主" && i >= 0 {
				// "传播途径以性传播为主,占97.73%": 传播途径性传播; "涉及药品
				// 主要以化学药品注射剂为主": 涉及药品化学药品注射剂.
				at := len([]rune(strings.TrimSuffix(string(kind.n)[:i], "主要")))
				kind = joinPhrase(kind.slice(0, at), kind.slice(len([]rune(string(kind.n)[:i]))+1, len(kind.r)))
			}
			return kind, true
		}
	}
	return phrase{}, false
}

// unitNouns are the nouns a unit counts, written at the end of a measure's
// name ("开放床位…张", "职工…人").
var unitNouns = map[string][]string{
	"张": {"床位", "病床", "床"}, "人": {"职工", "员工", "人员", "医生", "护士", "医师"}, "名": {"职工", "员工", "人员", "医生", "护士", "医师"},
	"平方米": {"面积"}, "亩": {"面积", "占地"},
}

// measuresIn reports whether the phrase ends in a noun the unit counts.
func measuresIn(p phrase, unit string) bool { return hasAnySuffix(string(p.n), unitNouns[unit]) }

// ownerIntros introduce what a measure belongs to ("是一所…", "集医疗、
// 教学…为一体、"): the measure's name is what follows the last of them.
var ownerIntros = []string{"一所", "一家", "一座", "为一体、", "为一体"}

// afterOwnerIntro is p from after the last of ownerIntros in it, or p.
func afterOwnerIntro(p phrase) phrase {
	s := string(p.n)
	at := -1
	for _, w := range ownerIntros {
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > at {
			at = i + len(w)
		}
	}
	if at < 0 || at >= len(s) {
		return p
	}
	k := len([]rune(s[:at]))
	return p.slice(k, len(p.r))
}
