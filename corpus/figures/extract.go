package figures

import (
	"regexp"
	"slices"
	"strings"
)

// Where a label came from.
const (
	fromCore    = iota // the phrase before the number
	fromFollow         // the object after the number
	fromInherit        // the previous figure of the sentence
	fromOther          // a skipped verb or a qualifier
)

// cand is a number being turned into a Figure.
type cand struct {
	num      number
	unit     unitMatch
	ue       int      // end of number and unit
	se       int      // end after suffix qualifiers
	post     []string // suffix qualifiers
	pre      prefix
	label    phrase
	source   int
	items    []phrase // list items ("A、B、C均…")
	maybe    []phrase // list items with no 分别 or 均: theirs if as many values follow
	listKind int      // 0 none, 1 分别 (respectively), 2 均 (all)
	followTo int      // end of the consumed following object
	sum      bool     // the label names list items counted together
	pred     phrase   // what the clause says of an object named after the number
	other    bool     // the value of another area quoted for comparison: no figure
	staffOf  bool     // counts the staff or beds of the institutions an earlier figure counts
	staffAt  int      // that figure's index, when staffOf
	whole    phrase   // the figure before a "其中" this one is a part of ("本土病例" of 其中确诊病例)
	listed   bool     // joined to the next number by 、 alone ("3、5家分院")
	goal     bool     // the target the figure before is compared with ("高于规划目标的77.3岁")
	served   bool     // the label names those a service reached ("开展…的3-6岁儿童"), longer than most
	projects phrase   // the projects counted before, given as this clause's subject ("建设项目17个，完成投资…")
}

// Extract returns the figures in one sentence (a sentence is text up to
// 。！？；or a line break; the caller splits). It never panics; every
// Start/End is within the sentence and every Label is non-empty: a number
// for which no label can be found is skipped.
func Extract(sentence string) (figs []Figure) {
	// The scanner is fuzzed without this guard (see FuzzExtract); it only
	// keeps a caller alive should a bug slip through.
	defer func() {
		if recover() != nil {
			figs = nil
		}
	}()
	return extract(sentence)
}

// extract is Extract without the panic guard.
func extract(sentence string) []Figure {
	figs := extractFigures(sentence)
	changeOfLevelNotShare(figs)
	baseBetweenComparison(sentence, figs)
	partsInBrackets(sentence, figs)
	tasksInBrackets(sentence, figs)
	taskOfShare(sentence, figs)
	goalsInQuotedProjects(sentence, figs)
	measuresOfCountedGroup(sentence, figs)
	partsAfterHead(sentence, figs)
	limitsOfEach(sentence, figs)
	ofGroupSubject(figs)
	ofAgeGroup(figs)
	return figs
}

// extractFigures finds the figures of a sentence and labels each from its
// own words and the figures before it.
func extractFigures(sentence string) (figs []Figure) {
	t := newText(sentence)
	cands := findNumbers(t)
	if len(cands) == 0 {
		return nil
	}
	shareListUnits(t, cands)
	years := scanYears(t)
	firstTarget, byDeadline := findTarget(t, years)
	statusFrom := asOfAfter(t, years, firstTarget) // "…目标任务为1350人，…至11月22日止，完成1444例"

	lo := 0
	prevLabel, prevBase := phrase{}, ""
	var rate phrase // the rate whose parts (其中城市…，农村…) are being listed
	var paren parenScope
	for i := range cands {
		c := &cands[i]
		prevLabel, prevBase = paren.enter(t.n[lo:min(c.num.a, len(t.n))], prevLabel, prevBase)
		c.pre = scanPrefix(t, c.num.a, lo)
		// The object after this number may not run into the words
		// (qualifiers, verbs) that introduce the next one.
		next := len(t.n)
		if i+1 < len(cands) {
			next = scanPrefix(t, cands[i+1].num.a, c.se).labelEnd
		}
		buildLabel(t, c, lo, next, prevLabel, prevBase)
		if c.unit.base == "年" && streakAt(t, c.num.a, c.num.b) && !c.label.empty() {
			c.label = streakLabel(t, c)
			c.followTo = c.se
		}
		var subject phrase // the inherited label a predicate was added to
		if c.source == fromInherit && !c.label.empty() {
			// "129家县级综合医院，128家达到国家基本标准，其中110家达到推荐
			// 标准": what the clause says of the things counted again
			// tells them apart.
			if l, end := withPredicate(t, c.label, c.se, next); end > c.se {
				subject = c.label
				c.label, c.followTo = l, end
			}
		}
		if i > 0 {
			carrySubject(t, &cands[i-1], c, lo)
			versusPrevious(c, prevLabel)
			goalComparedAfter(t, c, prevLabel)
			perPeriodOfPrevious(c, prevLabel, prevBase)
			levelOfPrevious(c, prevLabel)
			shareOfPrevious(t, &cands[i-1], c, lo)
			partOfPrevious(t, c, lo, prevLabel)
			switch seg := string(t.n[lo:min(c.num.a, len(t.n))]); {
			case strings.HasPrefix(strings.TrimLeft(seg, "，,、；; "), "其中"):
				c.whole = prevLabel // "本土病例320例，其中确诊病例264例"
			case opensPart([]rune(strings.TrimLeft(seg, "，,、；; "))):
				c.whole = prevLabel // "设置1200张病床,含医疗床位800张"
			case wholeAmong(prevLabel, seg, c.unit.base, cands[i-1].unit.base):
				// "全市27家二级以上公立医院中,24家医院已完成数据对接": a
				// part of the count before.
				c.whole = prevLabel.slice(0, len(prevLabel.r)-1)
				if eqRunes(cands[i-1].label.n, prevLabel.n) {
					cands[i-1].label = c.whole // the whole's own count, without 中
				}
			case strings.HasPrefix(seg, ",") && !cands[i-1].whole.empty() && cands[i-1].unit.base == c.unit.base && !strings.Contains(seg, "。"):
				c.whole = cands[i-1].whole // "…,康复养老床位400张": the next part
			case strings.HasPrefix(seg, "、"):
				c.whole = cands[i-1].whole // "…、无症状感染者56例": a part listed with the one before
			}
			rate = partOfRate(t, c, lo, prevLabel, prevBase, rate)
			measureOfPrevious(c, prevLabel, prevBase)
			progressOfPrevious(t, &cands[i-1], c, lo)
			workRateOfPrevious(t, c, lo, prevLabel)
			stemRateOfPrevious(c, cands[:i], prevLabel)
			investmentOfProjects(t, &cands[i-1], c, lo)
			if c.staffOf = staffOfInstitutions(t, &cands[i-1], c, lo); c.staffOf {
				c.staffAt = i - 1
			} else if prev := &cands[i-1]; prev.staffOf && staffOfInstitutions(t, &cands[prev.staffAt], c, lo) {
				// "卫生院153个，床位11456张，卫生技术人员7410人": the staff
				// after the beds are the same institutions'.
				c.staffOf, c.staffAt = true, prev.staffAt
			}
		}
		measureOfSubject(t, c)
		subjectCompared(t, c)
		doneOfTask(t, c)
		lo = c.se
		if c.followTo > lo {
			lo = c.followTo
		}
		// An average of the figure before ("出车33424次,日均出车185次,比去年
		// 同期增加1.95%") and its change in percent ("23530次，同比上升
		// 22.99%，日均2614次") leave that figure the one what follows is of.
		if !c.label.empty() && !averageOf(c.label, prevLabel) && !(c.unit.base == "%" && eqRunes(c.label.n, prevLabel.n)) {
			prevLabel, prevBase = c.label, c.unit.base
		}
		if !subject.empty() {
			prevLabel = subject // the next figure may say something else of them
		}
	}
	applyLists(t, cands)
	verbCountUnits(cands)
	var starts map[int]bool
	ft, fromToFound := findFromTo(t, cands)
	if fromToFound {
		starts = applyFromTo(cands, ft)
	}
	foundations, builtOn := foundationBases(t, years, cands)
	sharePredicate(t, cands)
	sharePerHead(t, cands)
	casesOfKinds(cands)
	for i := 1; i < len(cands); i++ {
		before := string(cands[i].label.r)
		parallelSubject(t, &cands[i-1], &cands[i])
		ownerOfList(t, &cands[i-1], &cands[i])
		if i+1 < len(cands) && cands[i+1].source == fromInherit && string(cands[i+1].label.r) == before {
			cands[i+1].label = cands[i].label // "中医诊疗病种73种(增加17种)": the change inherited the label now completed
		}
		parallelMeasure(t, &cands[i-1], &cands[i])
		sharedVerb(t, &cands[i-1], &cands[i])
	}
	for i := range cands {
		if inst := cands[i].staffAt; cands[i].staffOf && len(cands[inst].label.r)+len(cands[i].label.r) <= maxLabel+2 {
			// Now that the institutions' label is whole ("卫生防疫、防治机构").
			cands[i].label = joinPhrase(cands[inst].label, cands[i].label)
		}
	}

	for i := range cands {
		partsOfPlan(t, &cands[i])
		announcedValue(t, &cands[i])
	}
	for i := range cands {
		c := &cands[i]
		if c.label.empty() || !hasHan(c.label) || bareNouns.has(c.label.n) || isValueOnly(c.label) {
			continue
		}
		if c.unit.unit == "" && !keepUnitless(t, c) && !(i > 0 && endOfUnitlessChange(t, &cands[i-1], c)) {
			continue
		}
		if rateCounted(c) {
			// "地表水国考断面水质优良率…203个", "家庭医生签约率 14例": a rate
			// is no count; the number counts something its label lost.
			continue
		}
		cmpA, cmpB := listedComparison(t, cands, i)
		f := Figure{
			Unit:    c.unit.unit,
			Missing: c.num.missing,
			Start:   t.off[c.num.a],
			End:     t.off[c.ue],
			Year:    yearFor(years, c.num.a, cmpA, cmpB),
			Target:  firstTarget >= 0 && firstTarget < c.num.a && !reached(t, c) && !(statusFrom >= 0 && statusFrom < c.num.a) || goalAfter(t, c.ue) || c.goal,
			Base:    starts[i] || isBase(t, lo0(cands, i), c),
			Whole:   string(c.whole.r),
		}
		if !f.Missing {
			f.Raw = t.str(c.num.a, c.num.b)
			f.Value = c.num.value
		}
		if y := bracketYearAfter(t, years, c.ue); y > 0 {
			f.Year = y // "74.70岁(2019年数据)": the value's own year
		}
		if y, ok := foundations[i]; ok {
			f.Base = true
			if y > 0 {
				f.Year = y // "在2024年79岁的基础上": the start's own year
			}
		}
		if y, ok := builtOn[i]; ok && y > 0 && f.Year == y {
			f.Year = 0 // "在2024年79岁的基础上提高1岁": not 2024's
		}
		if starts[i] && ft.baseYear > 0 && f.Year == 0 {
			f.Year = ft.baseYear // "与2015年相比,分别从4.61张…"
		}
		if y := comparedValueYear(t, years, cands, i); y > 0 {
			f.Year, f.Base = y, true // "较2015年4.35‰、5.91‰分别下降…": the values compared with
		}
		var qs []string
		qs = append(qs, c.pre.quals...)
		qs = append(qs, c.unit.quals...)
		qs = append(qs, c.post...)
		f.Qualifier = strings.Join(qs, " ")
		f.Deadline = f.Target && byDeadline && !c.goal // a target compared with is no level reached by the deadline
		if !f.Target {
			for _, q := range qs {
				if targetWords.has(newPhrase(q).n) {
					f.Target = true
				}
			}
		}
		head := colonHead(t, c)
		if c.listKind == 2 && len(c.items) > 1 {
			for _, l := range completeItems(c.items) {
				g := f
				g.Label = withColonHead(head, capString(l))
				figs = append(figs, g)
			}
			continue
		}
		if c.sum && len(c.label.r) <= maxSumLabel || c.served && len(c.label.r) <= maxServedLabel {
			f.Label = string(c.label.r)
		} else {
			f.Label = string(capLabel(c.label).r)
		}
		if lead := aspectLead(t, c); !lead.empty() {
			f.Label = string(lead.r) + f.Label // "初级卫生护理场所方面,求诊人次…"
		} else if lead := programmeLead(t, c); !lead.empty() {
			f.Label = string(lead.r) + f.Label // "建立…专项医疗救助制度,年度报销限额最高10万元"
		}
		f.Label = withColonHead(head, withCountedUnit(f.Label, c))
		if namesTask(f.Label) && quantityOf(c.unit.base) != "share" && (taskGiven(string(t.n[min(c.pre.labelEnd, c.num.a):c.num.a])) || t.nAt(c.num.a-1) == '(') {
			f.Target = true // "占全年筛查任务(6.6万人)的103.12%": the task set
		}
		f.Label = changeOfWhole(f.Label, f.Whole)
		f.Label, f.Qualifier = multipleOfBase(f.Label, f.Qualifier, f.Unit)
		if (strings.HasSuffix(f.Label, "目标人数") || strings.HasSuffix(f.Label, "目标人口")) && quantityOf(c.unit.base) != "share" {
			f.Target = true // "目标人数15400人": the people to reach, a goal of its own and of no figure after it
		}
		if c.source == fromFollow {
			f.Label = perHeadBefore(t, c.num.a) + f.Label // "每万人拥有5.48名全科医师"
		}
		figs = append(figs, f)
	}
	levelOfBase(sentence, figs)
	endsOfCountedChanges(sentence, figs)
	for i := range figs {
		figs[i].Label = withoutHavingVerb(pairedHalves.Replace(cellLabel(figs[i].Label)))
	}
	figs = slices.DeleteFunc(figs, func(f Figure) bool {
		return numberFields(f.Label) >= 2 // "中医医院 88 21856 23478 8335": a table row's cells, not a name
	})
	respectiveRates(sentence, figs)
	goalThenActual(sentence, figs)
	ofGroupHead(sentence, figs)
	outcomesOfCounts(sentence, figs)
	figs = withoutGoalSetNames(sentence, figs)
	sharedLevelNouns(sentence, figs)
	shareNewVerb(sentence, figs)
	shareChange(sentence, figs)
	shareWholeOfShare(sentence, figs)
	sharePerPopulation(sentence, figs)
	respectiveChanges(sentence, figs)
	respectiveBases(sentence, figs)
	shareOfCount(sentence, figs)
	shareOrdinalSubject(figs)
	pairValues(sentence, figs)
	subjectOfBareVerb(figs)
	standardOfCounted(figs)
	standardIncrease(figs)
	subjectsOfParts(sentence, figs)
	datePerListedYear(t, years, figs)
	ofYearBefore(sentence, figs)
	for i := range figs {
		figs[i].Label = withoutOnlyResidue(sentence, figs[i].Label)
	}
	return sharedByListedYears(sentence, figs)
}

// comparedValueYear is the year of a value written right after the year
// it is compared with ("较2015年4.35‰", "比2020年的77.0岁"), or listed after
// such a value ("、5.91‰"): the start a change is measured from. 0 for any
// other value.
func comparedValueYear(t *text, years []yearMark, cands []cand, i int) int {
	for ; i >= 0; i-- {
		c := &cands[i]
		lo := lo0(cands, i)
		seg := strings.TrimSpace(string(t.n[lo:c.num.a]))
		if i > 0 && (seg == "、" || seg == ",") {
			continue // listed with the value before it
		}
		for _, y := range years {
			if y.b > c.num.a || y.a < lo || y.val == 0 {
				continue
			}
			before := strings.TrimSpace(string(t.n[lo:y.a]))
			after := strings.TrimSpace(string(t.n[y.b:c.num.a]))
			after = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(after, "年末"), "年底"), "末底") // "较2018年年末的34.4%"
			if (after == "" || after == "的" || baseMeasure.MatchString(after) && !isChangeQualifier(after) && !strings.ContainsAny(after, "增减降升提")) && comparedWith.MatchString(before) {
				return y.val // "比2022年(年初预算数)3683.76万元"
			}
		}
		return 0
	}
	return 0
}

// baseMeasure names the measure compared with after the year of a base:
// "年初预算数" of "比2022年年初预算数3683.76万元", "首次监测" of "较2012年首次
// 监测(24.7%)".
var baseMeasure = regexp.MustCompile(`^(?:年初|年末|年底|同期|全年)?\p{Han}{0,6}?(?:预算数|决算数|预算|决算|总数|数|额|值|监测|调查|普查)的?\s*[（(]?$`)

// levelOfBase names a base compared with, and the changes after it, by the
// level before it in the sentence: "收入预算3309.58万元,比2022年年初预算数
// 3683.76万元减少374.18万元" — the base is the budget's in 2022, the change
// the budget's.
func levelOfBase(sentence string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		level, base := figs[i-1], &figs[i]
		if !base.Base || level.Base || level.Unit != base.Unit || base.Label == level.Label || isChangeQualifier(level.Qualifier) ||
			level.End > base.Start || !yearCompared.MatchString(sentence[level.End:base.Start]) {
			continue
		}
		old := base.Label
		base.Label = level.Label
		for j := i + 1; j < len(figs) && figs[j].Label == old && isChangeQualifier(figs[j].Qualifier); j++ {
			figs[j].Label = level.Label
		}
	}
}

// yearCompared opens the comparison with a year's value right after the
// level: ",比2022年年初预算数".
var yearCompared = regexp.MustCompile(`^\s*[,，]?\s*(?:比|较|与)\s*(?:19|20)\d\d\s*年`)

// partOpeners open the parts a sentence counts within the whole before
// them: "含医疗床位800张".
var partOpeners = newWordSet(`含 包含 包括`)

// opensPart reports whether words open with a part opener.
func opensPart(words []rune) bool { return partOpeners.prefix(words, 0, len(words)) > 0 }

// wholeAmong reports whether the figure after seg, in the unit base of
// the one before, counts a part of the things that one counts, its label
// ending in 中 ("27家二级以上公立医院中,24家…"): nothing but a comma between.
func wholeAmong(prev phrase, seg, base, prevBase string) bool {
	l := len(prev.r)
	return l >= 3 && prev.r[l-1] == '中' && base != "" && base == prevBase && strings.TrimSpace(seg) != "" && strings.Trim(seg, "，, ") == ""
}

// isChangeQualifier reports whether a qualifier says a value is a change:
// it ends in a change verb ("减少", "较上月同期上升").
func isChangeQualifier(q string) bool {
	n := []rune(q)
	return changeVerbs.suffix(n, 0, len(n)) > 0
}

// listedComparison is the span of the comparison phrase before candidate
// i, or before the first of the values listed with it ("分别较“十二五”末增
// 长35.6%、28.9%": 28.9% is compared with 十二五末 too, not of its year);
// -1, -1 for none.
func listedComparison(t *text, cands []cand, i int) (int, int) {
	for k := i; k >= 0; k-- {
		if c := &cands[k]; c.pre.cmpA >= 0 {
			return c.pre.cmpA, c.pre.cmpB
		}
		if k == 0 {
			break
		}
		if seg := strings.TrimSpace(string(t.n[cands[k-1].se:cands[k].num.a])); seg != "、" && seg != "," && seg != "，" {
			break
		}
	}
	return -1, -1
}

// comparedWith ends the words before a year a value is compared with:
// "较", "比", "与", "同", "相比", after a clause's start or the words naming
// this time's value ("本次数据较2012年首次监测(24.7%)").
var comparedWith = regexp.MustCompile(`(?:^|[，,；;])(?:本次数据|本次监测|本次调查|今年|全年|当年|该比例|这一比例|该比重|这一比重|该指标|这一指标)?\s*(?:较|比|与|同|相比|相较于?)$`)

// isValueOnly reports whether a label is itself a value, a number and its
// unit ("从35岁到79.9岁": "35岁" names nothing the 79.9岁 measures).
func isValueOnly(label phrase) bool {
	k := 0
	for k < len(label.n) && (isDigit(label.n[k]) || label.n[k] == '.') {
		k++
	}
	if k == 0 || k == len(label.n) {
		return false
	}
	rest := string(label.n[k:])
	for _, m := range []string{"万", "亿", "千", "百"} {
		rest = strings.TrimPrefix(rest, m)
	}
	_, ok := baseUnits[rest]
	return ok || rest == ""
}

// carrySubject gives a figure whose words begin right after the object
// the previous figure counted, with a verb, that object as its subject:
// "810个省重点项目完成投资10428.6亿元" is 省重点项目完成投资, not every 投资.
func carrySubject(t *text, prev, c *cand, lo int) {
	if prev.source != fromFollow || prev.followTo != lo || c.source != fromCore || c.label.empty() {
		return
	}
	end := c.pre.labelEnd
	if end <= lo || contentVerbs.prefix(t.n, lo, end) == 0 {
		return
	}
	for k := lo; k < end; k++ {
		if isHardBoundary(t.n[k]) || t.n[k] == '、' {
			return
		}
	}
	if len(prev.label.r)+end-lo > maxLabel {
		return
	}
	c.label = joinPhrase(prev.label, phrase{t.r[lo:end], t.n[lo:end]})
}

// lo0 is where the text before candidate i begins: the end of the one
// before it.
func lo0(cands []cand, i int) int {
	if i == 0 {
		return 0
	}
	return cands[i-1].ue
}

// isBase reports whether candidate c is the start of a change: "由" or
// "从" opens the words before it ("由2020年的77.0岁", "从67.6%") and a
// change to another value follows it ("提高到", "增至").
func isBase(t *text, lo int, c *cand) bool {
	if t.nAt(c.num.a-1) == '(' && t.nAt(c.se) == ')' && changeVerbs.prefix(t.n, c.se+1, len(t.n)) > 0 && findComparator(t, c.se+1, lo) >= 0 {
		return true // "较去年同期(26437例)下降58.06%": the value compared with
	}
	opened := false
	for k := c.num.a - 1; k >= lo && k >= c.num.a-12; k-- {
		if r := t.n[k]; r == '由' || r == '从' {
			opened = true
			break
		}
		if isHardBoundary(t.n[k]) || t.n[k] == '，' || t.n[k] == ',' {
			break
		}
	}
	if !opened {
		return false
	}
	k := c.se
	for k < len(t.n) && isSpace(t.n[k]) {
		k++
	}
	if r := t.nAt(k); r == '，' || r == ',' {
		k++ // "从…的不到60岁，提高到…"
	}
	k += changeAdverbs.prefix(t.n, k, len(t.n)) // "从2015年的3000余个已增加到…"
	k += repeatedNoun(t.n, k)                   // "从67个县扩展至103个县"
	l := changeVerbs.prefix(t.n, k, len(t.n))
	if l == 0 {
		return false
	}
	switch t.nAt(k + l) {
	case '到', '至', '为': // "由162个整合为123个"
		return true
	}
	return t.nAt(k+l-1) == '至' // "增至", "降至"
}

// capString caps a label given as a string.
func capString(s string) string { return string(capLabel(newPhrase(s)).r) }

// findNumbers scans the sentence for numbers and blanks that can be
// figures, with their units and suffix qualifiers.
func findNumbers(t *text) []cand {
	var cs []cand
	n := t.n
	for i := 0; i < len(n); {
		if fn, ok := timesDoubled(t, i); ok && !t.inName[i] {
			if c, ok := figureAt(t, fn); ok {
				cs = append(cs, c)
				i = max(c.se, fn.b)
				continue
			}
		}
		if cn, ok := chineseCount(t, i); ok && !t.inName[i] {
			if c, ok := figureAt(t, cn); ok {
				cs = append(cs, c)
				i = max(c.se, cn.b)
				continue
			}
		}
		if t.inName[i] || !(isDigit(n[i]) || isBlankStart(t, i)) {
			i++
			continue
		}
		if f := frequencyAt(n, i); f > i && t.nAt(f) == '的' {
			i = f // "提供了1年1次的健康体检": how often a service is given
			continue
		}
		nb := scanNumber(t, i)
		if nb.b <= i {
			i++
			continue
		}
		if negativeSign(t, i) && !nb.missing && !nb.isRange {
			// "自然增长率为-5.77‰": a minus written after words is the
			// value's sign, not a range's dash.
			nb.a, nb.value = i-1, -nb.value
		}
		c, ok := figureAt(t, nb)
		if ok {
			if joined, ok := yiThenWan(t, c); ok {
				c = joined
			}
			c = unitRange(t, c)
		}
		if c.se > nb.b {
			i = c.se
		} else {
			i = nb.b
		}
		if ok {
			cs = append(cs, c)
		}
	}
	return cs
}

// negativeSign reports whether the number at i has a minus sign before it
// that follows words, not another number ("为-5.77‰", not "2020-2025").
func negativeSign(t *text, i int) bool {
	if i < 2 || t.n[i-1] != '-' && t.n[i-1] != '−' {
		return false
	}
	before := t.n[i-2]
	return isHan(before) || strings.ContainsRune("：:，,（(为", before)
}

// unitRange joins a range written with its unit at both ends ("增长5%—5.5%",
// "3万～5万人") into one figure: its value is the upper bound, its raw text
// runs from the first number to the second.
func unitRange(t *text, c cand) cand {
	if c.unit.unit == "" || c.num.isRange || c.num.missing {
		return c
	}
	k := c.ue
	sep := t.nAt(k)
	if sep != '-' && sep != '~' && sep != '至' && sep != '到' {
		return c
	}
	k++
	if t.nAt(k) == '-' {
		k++ // "——"
	}
	if !isDigit(t.nAt(k)) {
		return c
	}
	nb := scanNumber(t, k)
	next, ok := figureAt(t, nb)
	if !ok || nb.missing || nb.isRange || next.unit.unit != c.unit.unit {
		return c
	}
	if (sep == '至' || sep == '到') && changeVerbs.suffix(t.n, max(0, c.num.a-maxChangeVerbRunes), c.num.a) > 0 && nb.value > levelOverChange*c.num.value {
		// "按年增加161张至1,882张": the change, then the level it reached.
		return c
	}
	c.num.b, c.num.value, c.num.isRange = nb.b, nb.value, true
	c.unit, c.ue, c.se, c.post = next.unit, next.ue, next.se, append(c.post, next.post...)
	return c
}

// maxChangeVerbRunes bounds the change verb read before a number.
const maxChangeVerbRunes = 4

// levelOverChange is how many times the first number of "增加x至y" the
// second must be to be the level reached, not the upper bound of a range
// of change ("增长5%至6%").
const levelOverChange = 2

// endOfUnitlessChange reports whether c, a number without a unit, is the
// value a unitless change reached from the one before ("由2015年的113.5
// 降低到2019年的110.14"): it takes that value's label.
func endOfUnitlessChange(t *text, from, c *cand) bool {
	if from.unit.unit != "" || from.label.empty() || c.source != fromInherit {
		return false
	}
	end := changeToEnd(t, from.se)
	return end > 0 && end <= c.num.a && onlyYearBetweenRunes(t.n[end:c.num.a])
}

// keepUnitless decides whether a number without a unit is a figure: it
// needs a label of its own (not borrowed) that does not name an
// identifier ("热线", "电话").
func keepUnitless(t *text, c *cand) bool {
	if c.source != fromCore {
		return false
	}
	l := c.label.n
	if _, k := idLabels.index(l, 0, len(l)); k > 0 {
		return false
	}
	return true
}

// parenScope keeps the figure before a parenthesis that lists parts
// ("社区卫生服务机构676所(社区卫生服务中心223所,社区卫生服务站453所),比上年
// 增加121所"): after it closes, a figure with no words of its own
// continues that figure, not the last part inside.
type parenScope struct {
	depth int
	label phrase
	base  string
}

// enter reads the text between the previous figure and the next one and
// returns the label and unit base the next one continues.
func (p *parenScope) enter(seg []rune, prevLabel phrase, prevBase string) (phrase, string) {
	for _, r := range seg {
		switch r {
		case '(':
			if p.depth == 0 {
				p.label, p.base = prevLabel, prevBase
			}
			p.depth++
		case ')':
			if p.depth == 0 {
				continue
			}
			if p.depth--; p.depth == 0 && !p.label.empty() {
				prevLabel, prevBase = p.label, p.base
			}
		}
	}
	return prevLabel, prevBase
}

// rateCounted reports whether a figure labelled as a rate is counted in a
// counter or a span of time: the label belongs to another number.
func rateCounted(c *cand) bool {
	l := c.label.n
	if len(l) == 0 || l[len(l)-1] != '率' || c.items != nil {
		return false
	}
	u := c.unit.unit
	return u != "" && !strings.ContainsAny(u, "%‰元") && !strings.Contains(u, "/") && !strings.Contains(u, "百分点") && !strings.Contains(u, "千分点") && (c.unit.count || strings.ContainsAny(u, "个例人家所张次月天年"))
}

// numberFields counts the space-separated fields of a label that are
// numbers.
func numberFields(label string) int {
	n := 0
	for _, f := range strings.Fields(label) {
		if strings.Trim(f, "0123456789.,") == "" {
			n++
		}
	}
	return n
}

// nounUnits are units that are themselves what they count: "走进70余县".
var nounUnits = map[string]bool{"县": true}

// withCountedUnit is a label that names what a noun unit counts: the verb
// before the number with the unit after it ("走进" → 走进县), or the unit
// before what the clause after says of them ("全部通过验收" → 县全部通过验收).
func withCountedUnit(label string, c *cand) string {
	u := c.unit.base
	if !nounUnits[u] || strings.Contains(label, u) {
		return label
	}
	if c.source == fromFollow {
		return u + label
	}
	return label + u
}

// yiThenWan joins a number written in 亿 and then 万 ("2亿3402.88万人")
// into one figure in the unit after 万, its value the two parts together
// (23402.88万人); ok is false when c is no such first part.
func yiThenWan(t *text, c cand) (cand, bool) {
	if c.unit.unit != "亿" || c.num.isRange || c.num.missing || !isDigit(t.nAt(c.ue)) {
		return c, false
	}
	nb := scanNumber(t, c.ue)
	if nb.b <= c.ue || nb.isRange || nb.missing || t.nAt(nb.b) != '万' {
		return c, false
	}
	whole := nb
	whole.a, whole.value = c.num.a, c.num.value*10000+nb.value
	next, ok := figureAt(t, whole)
	if !ok || !strings.HasPrefix(next.unit.unit, "万") {
		return c, false
	}
	return next, true
}

// maxRepeatedNoun bounds the noun a change's start and end both count.
const maxRepeatedNoun = 6

// repeatedNoun is the length of the noun counted at k, after a change's
// start, when a change verb follows it and the change's end counts it
// again ("从67个县扩展至103个县": 县); 0 otherwise.
func repeatedNoun(n []rune, k int) int {
	for m := 1; m <= maxRepeatedNoun && k+m < len(n); m++ {
		if !isHan(n[k+m-1]) {
			return 0
		}
		l := changeVerbs.prefix(n, k+m, len(n))
		if l == 0 {
			continue
		}
		end := k + m + l
		if end < len(n) && (n[end] == '到' || n[end] == '至' || n[end] == '为') {
			end++
		}
		noun := string(n[k : k+m])
		rest := string(n[end:min(len(n), end+m+12)])
		if i := strings.Index(rest, noun); i > 0 && strings.IndexFunc(rest[:i], isDigit) >= 0 {
			return m
		}
	}
	return 0
}
