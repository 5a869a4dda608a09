package figures

import (
	"strings"
	"unicode/utf8"
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
func extract(sentence string) (figs []Figure) {
	t := newText(sentence)
	cands := findNumbers(t)
	if len(cands) == 0 {
		return nil
	}
	years := scanYears(t)
	firstTarget := findTarget(t, years)

	lo := 0
	prevLabel, prevBase := phrase{}, ""
	for i := range cands {
		c := &cands[i]
		c.pre = scanPrefix(t, c.num.a, lo)
		// The object after this number may not run into the words
		// (qualifiers, verbs) that introduce the next one.
		next := len(t.n)
		if i+1 < len(cands) {
			next = scanPrefix(t, cands[i+1].num.a, c.se).labelEnd
		}
		buildLabel(t, c, lo, next, prevLabel, prevBase)
		if i > 0 {
			carrySubject(t, &cands[i-1], c, lo)
			versusPrevious(c, prevLabel)
			shareOfPrevious(t, &cands[i-1], c, lo)
			partOfPrevious(t, c, lo, prevLabel)
			measureOfPrevious(c, prevLabel)
			investmentOfProjects(t, &cands[i-1], c, lo)
		}
		lo = c.se
		if c.followTo > lo {
			lo = c.followTo
		}
		if !c.label.empty() {
			prevLabel, prevBase = c.label, c.unit.base
		}
	}
	applyLists(cands)
	sharePredicate(t, cands)

	for i := range cands {
		c := &cands[i]
		if c.label.empty() || !hasHan(c.label) {
			continue
		}
		if c.unit.unit == "" && !keepUnitless(t, c) {
			continue
		}
		f := Figure{
			Unit:    c.unit.unit,
			Missing: c.num.missing,
			Start:   t.off[c.num.a],
			End:     t.off[c.ue],
			Year:    yearFor(years, c.num.a, c.pre.cmpA, c.pre.cmpB),
			Target:  firstTarget >= 0 && firstTarget < c.num.a,
			Base:    isBase(t, lo0(cands, i), c),
		}
		if !f.Missing {
			f.Raw = t.str(c.num.a, c.num.b)
			f.Value = c.num.value
		}
		var qs []string
		qs = append(qs, c.pre.quals...)
		qs = append(qs, c.unit.quals...)
		qs = append(qs, c.post...)
		f.Qualifier = strings.Join(qs, " ")
		if !f.Target {
			for _, q := range qs {
				if targetWords.has(newPhrase(q).n) {
					f.Target = true
				}
			}
		}
		if c.listKind == 2 && len(c.items) > 1 {
			for _, l := range completeItems(c.items) {
				g := f
				g.Label = capString(l)
				figs = append(figs, g)
			}
			continue
		}
		if c.sum && len(c.label.r) <= maxSumLabel {
			f.Label = string(c.label.r)
		} else {
			f.Label = string(capLabel(c.label).r)
		}
		figs = append(figs, f)
	}
	shareNewVerb(sentence, figs)
	shareChange(sentence, figs)
	pairValues(sentence, figs)
	datePerListedYear(t, years, figs)
	return figs
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

// versusPrevious completes a label that only compares with a plan or an
// earlier value ("新退出政府融资平台346家、超计划19家") with the label of
// the figure compared.
func versusPrevious(c *cand, prev phrase) {
	if prev.empty() || c.source != fromCore || !comparisonOnly.has(c.label.n) || len(prev.r)+len(c.label.r) > maxLabel+4 {
		return
	}
	c.label = joinPhrase(prev, c.label)
}

// shareOfPrevious gives a share or a contribution written without its
// subject ("成都平原经济区经济总量达到4万亿元、占全省比重达61.3%") the label
// of the amount before it, when that amount is a measure named before its
// number.
func shareOfPrevious(t *text, prev, c *cand, lo int) {
	if c.source != fromCore || prev.source != fromCore || prev.label.empty() || prev.unit.count ||
		!relational(t, c, lo) || relational(t, prev, 0) || len(prev.label.r)+len(c.label.r) > maxLabel+2 {
		return
	}
	if p := relationalPreposition(t, c, lo); p != 0 {
		c.label = joinPhrase(prev.label, joinPhrase(newPhrase(string(p)), c.label))
		return
	}
	c.label = joinPhrase(prev.label, c.label)
}

// partOfPrevious names a figure that is a part or a share of the one
// before it by that figure's label: "259项制度创新成果，其中56项为全国首创"
// → 制度创新成果中全国首创; "累计开行超2.6万列、占全国23.9%" → 中欧班列累计
// 开行占全国比重.
func partOfPrevious(t *text, c *cand, lo int, prev phrase) {
	if prev.empty() || lo >= c.num.a {
		return
	}
	seg := strings.TrimLeft(string(t.n[lo:c.num.a]), "，,、；; ")
	switch {
	case strings.HasPrefix(seg, "其中") && c.source == fromCore:
		// "汽车产量增长1.7倍，其中新能源汽车增长17.2倍": the part's
		// measure is the whole's.
		for _, m := range partMeasures {
			if strings.HasSuffix(string(prev.n), m) && !strings.HasSuffix(string(c.label.n), m) && !strings.Contains(string(c.label.n), m) {
				c.label = joinPhrase(c.label, newPhrase(m))
				break
			}
		}
	case seg == "其中" && c.source == fromFollow && len(c.label.n) > 1 && (c.label.n[0] == '为' || c.label.n[0] == '是'):
		c.label = joinPhrase(joinPhrase(prev, newPhrase("中")), c.label.slice(1, len(c.label.r)))
	case strings.HasPrefix(seg, "占") && c.source == fromInherit && c.unit.base == "%" && utf8.RuneCountInString(seg) <= 6 && !strings.ContainsAny(seg, "比重例率"):
		// The label was inherited: "占全国" alone named nothing.
		c.label = joinPhrase(prev, newPhrase(strings.TrimSuffix(seg, "的")+"比重"))
	}
}

// measureOfPrevious names a bare measure written after a figure of the
// same subject by that figure's label: "地区生产总值增长5.8%、…，总量达到
// 60013亿元" → 地区生产总值; "…，增速全国第3" → 地区生产总值增速.
func measureOfPrevious(c *cand, prev phrase) {
	if prev.empty() || c.source != fromCore {
		return
	}
	switch string(c.label.n) {
	case "总量", "总额", "总规模", "规模", "总数":
		c.label = prev
	case "增速", "增幅", "比重", "占比":
		c.label = joinPhrase(prev, c.label)
	}
}

// partMeasures end the label of a whole whose parts (其中…) are measured
// alike.
var partMeasures = []string{"产量", "产值", "增加值", "零售额", "销售额", "人数", "人次", "金额", "总额"}

// investmentOfProjects gives a clause without a subject that follows a
// count of projects ("实施重大项目1900多个，完成投资2500亿元以上") the
// projects as subject: 重大项目完成投资.
func investmentOfProjects(t *text, prev, c *cand, lo int) {
	if c.source != fromCore || contentVerbs.prefix(c.label.n, 0, len(c.label.n)) == 0 {
		return
	}
	if seg := strings.TrimSpace(string(t.n[lo:c.pre.labelEnd])); !strings.HasPrefix(seg, ",") && !strings.HasPrefix(seg, "，") {
		return
	}
	l := contentVerbs.prefix(prev.label.n, 0, len(prev.label.n))
	obj := prev.label.slice(l, len(prev.label.r))
	if l == 0 || len(obj.n) < 3 || !(strings.HasSuffix(string(obj.n), "项目") || strings.HasSuffix(string(obj.n), "工程")) ||
		len(obj.r)+len(c.label.r) > maxLabel+2 {
		return
	}
	c.label = joinPhrase(obj, c.label)
}

// relational reports whether c's label is a share or a contribution whose
// subject is not written in it: it opens with 占 ("占全省比重"), or follows
// 在 or 对 and ends with a share word ("在北方地区占比", "对经济增长贡献率").
func relational(t *text, c *cand, lo int) bool {
	l := c.label.n
	if len(l) < 3 {
		return false
	}
	return l[0] == '占' || relationalPreposition(t, c, lo) != 0
}

// relationalPreposition returns 在 or 对 when it stands right before c's
// label and the label ends with a share word, else 0.
func relationalPreposition(t *text, c *cand, lo int) rune {
	l := c.label.n
	if shareWords.suffix(l, 0, len(l)) == 0 {
		return 0
	}
	for k := c.pre.labelEnd - len(l); k >= lo && k >= 1; k-- {
		if string(t.n[k:min(k+len(l), len(t.n))]) == string(l) {
			if p := t.n[k-1]; p == '在' || p == '对' {
				return t.r[k-1]
			}
			return 0
		}
	}
	return 0
}

// sharePredicate gives an object joined by 和 to a second one that the
// clause goes on to say something of the same predicate: "580种药品和26种
// 医用耗材纳入集采" → 药品纳入集采, 医用耗材纳入集采; "1679个行政村生活污水
// 和199个农村黑臭水体治理" → 行政村生活污水治理.
func sharePredicate(t *text, cands []cand) {
	for i := len(cands) - 2; i >= 0; i-- {
		c, d := &cands[i], &cands[i+1]
		if c.source != fromFollow || d.source != fromFollow || d.pred.empty() || !c.pred.empty() || c.followTo > d.num.a {
			continue
		}
		between := strings.TrimSpace(string(t.n[c.followTo:d.num.a]))
		if !conjunctions.has([]rune(between)) || len(c.label.r)+len(d.pred.r) > maxLabel+4 {
			continue
		}
		c.label, c.pred = joinPhrase(c.label, d.pred), d.pred
	}
	// "完成1679个行政村生活污水和199个农村黑臭水体治理": the verb closing the
	// second object is done to the first too.
	for i := len(cands) - 2; i >= 0; i-- {
		c, d := &cands[i], &cands[i+1]
		if c.source != fromFollow || d.source != fromFollow || !d.pred.empty() || !c.pred.empty() || c.followTo > d.num.a {
			continue
		}
		between := strings.TrimSpace(string(t.n[c.followTo:d.num.a]))
		l := contentVerbs.suffix(d.label.n, 0, len(d.label.n))
		if !conjunctions.has([]rune(between)) || l < 2 || l >= len(d.label.n)-1 || contentVerbs.suffix(c.label.n, 0, len(c.label.n)) > 0 {
			continue
		}
		verb := d.label.slice(len(d.label.n)-l, len(d.label.n))
		c.label, c.pred = joinPhrase(c.label, verb), verb
	}
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
	l := changeVerbs.prefix(t.n, k, len(t.n))
	if l == 0 {
		return false
	}
	switch t.nAt(k + l) {
	case '到', '至':
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
		if t.inName[i] || !(isDigit(n[i]) || isBlankStart(t, i)) {
			i++
			continue
		}
		nb := scanNumber(t, i)
		if nb.b <= i {
			i++
			continue
		}
		c, ok := figureAt(t, nb)
		if ok {
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
	c.num.b, c.num.value, c.num.isRange = nb.b, nb.value, true
	c.unit, c.ue, c.se, c.post = next.unit, next.ue, next.se, append(c.post, next.post...)
	return c
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
