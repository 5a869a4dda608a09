package figures

import (
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
	listKind int      // 0 none, 1 分别 (respectively), 2 均 (all)
	followTo int      // end of the consumed following object
}

// Extract returns the figures in one sentence (a sentence is text up to
// 。！？；or a line break; the caller splits). It never panics; every
// Start/End is within the sentence and every Label is non-empty: a number
// for which no label can be found is skipped.
func Extract(sentence string) (figs []Figure) {
	defer func() {
		if recover() != nil {
			figs = nil
		}
	}()
	t := newText(sentence)
	cands := findNumbers(t)
	if len(cands) == 0 {
		return nil
	}
	years := scanYears(t)
	firstTarget := findTarget(t)

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
		lo = c.se
		if c.followTo > lo {
			lo = c.followTo
		}
		if !c.label.empty() {
			prevLabel, prevBase = c.label, c.unit.base
		}
	}
	applyLists(cands)

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
				if targetWords.has([]rune(q)) {
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
		f.Label = string(capLabel(c.label).r)
		figs = append(figs, f)
	}
	return figs
}

// capString caps a label given as a string.
func capString(s string) string {
	r := []rune(s)
	n := make([]rune, len(r))
	for i, c := range r {
		n[i] = fold(c)
	}
	return string(capLabel(phrase{r, n}).r)
}

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

// figureAt decides whether the number nb can be a figure and reads its
// unit. Years, dates, times, ordinals, list markers, identifiers and
// numbers inside names are rejected.
func figureAt(t *text, nb number) (cand, bool) {
	c := cand{num: nb, ue: nb.b, se: nb.b}
	a, b := nb.a, nb.b
	if nb.skip || !plainContext(t, a, b) || isListMarker(t, a, b) {
		return c, false
	}
	// Dates, years, clock times, anniversaries ("9月", "2023年", "8时",
	// "___多年").
	d := b
	if isApprox(t.nAt(d)) {
		d++
	}
	if dateWords.prefix(t.n, d, len(t.n)) > 0 {
		if u, _, ok := matchBase(t, d); !ok || u.canon == "周" && t.nAt(d+1) == '年' {
			return c, false
		}
	}
	um := matchUnit(t, b)
	c.unit = um
	c.ue = um.end
	switch {
	case um.unit == "" && (isLetter(t.nAt(b)) || t.nAt(b) == '.' && isLetter(t.nAt(b+1))):
		return c, false // "5G", "3D打印"
	case um.base == "分" && (t.nAt(a-1) == '时' || t.nAt(a-1) == '点'):
		return c, false // "10时30分"
	case um.base == "版" && !nb.isInt:
		return c, false // "2.0版"
	}
	c.se, c.post = scanSuffix(t, c.ue)
	if um.base == "岁" || um.base == "周岁" || um.base == "月龄" {
		// "65岁以上老人", "0-6岁儿童": an age bracket naming a group.
		if isHan(t.nAt(c.se)) {
			return c, false
		}
	}
	if um.unit == "" {
		if nb.missing || nb.isRange {
			return c, false
		}
		if nb.isInt && (nb.digits >= 7 || nb.lead0 || nb.digits == 4 && nb.value >= 1900 && nb.value <= 2100) {
			return c, false
		}
		// "篇1", "章3": a number right after a classifier is an ordinal.
		if _, ok := baseUnits[string(t.nAt(a-1))]; ok && isHan(t.nAt(a-1)) || isSpace(t.nAt(a-1)) && strings.ContainsRune("篇章节条款卷期", t.nAt(a-2)) {
			return c, false
		}
		switch x := t.nAt(c.se); {
		case x == 0 || isHardBoundary(x) || x == ')' || x == '、' || x == '(':
		default:
			return c, false // "120调度指挥中心", "12356热线"
		}
	}
	return c, true
}

// plainContext rejects numbers that are part of identifiers, formulas,
// clock times, dotted dates and ordinals.
func plainContext(t *text, a, b int) bool {
	prev, prev2 := t.nAt(a-1), t.nAt(a-2)
	next, next2 := t.nAt(b), t.nAt(b+1)
	switch {
	case isLetter(prev):
		return false // "ev71", "PM2.5", "H7N9"
	case (prev == '-' || prev == '_' || prev == '.') && isLetter(prev2):
		return false // "COVID-19"
	case prev == '+' || next == '+' || prev == '/' || next == '/' && isDigit(next2):
		return false // "1+6+N", "1/3"
	case prev == ':' && isDigit(prev2) || next == ':' && isDigit(next2):
		return false // "10:30"
	case prev == '·' || next == '·' || prev == '•' || next == '•' || prev == '〃' || next == '〃' || prev == '.' && isDigit(prev2):
		return false // "3·24"
	case next == '.' && isDigit(next2):
		return false // a dotted tail not consumed as a decimal
	}
	k := a - 1
	for k >= 0 && isSpace(t.n[k]) {
		k--
	}
	if k >= 0 && t.n[k] == '第' {
		return false // "第3"
	}
	return true
}

// isListMarker reports whether the number at [a,b) numbers a list item:
// "1." or "2、" at the start of the sentence, "(3)" anywhere.
func isListMarker(t *text, a, b int) bool {
	k := a - 1
	openParen := false
	for k >= 0 && (isSpace(t.n[k]) || strings.ContainsRune("([【〔", t.n[k])) {
		if t.n[k] != ' ' {
			openParen = true
		}
		k--
	}
	e := b
	for e < len(t.n) && isSpace(t.n[e]) {
		e++
	}
	next := t.nAt(e)
	if k < 0 || strings.ContainsRune("。;!?\n", t.n[k]) {
		if strings.ContainsRune(".、)]】〕", next) && next != 0 {
			return true
		}
	}
	return openParen && t.nAt(a-1) != ' ' && (next == ')' || next == ']' || next == '】' || next == '〕') && b == e
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

// findTarget returns the first position of a goal word in the sentence
// (see targetWords), or -1.
func findTarget(t *text) int {
	n := t.n
	for i := 0; i < len(n); i++ {
		l := targetWords.prefix(n, i, len(n))
		if l == 0 {
			continue
		}
		exc := false
		for k := i - 2; k <= i; k++ {
			if k < 0 {
				continue
			}
			if el := targetExceptions.prefix(n, k, len(n)); el > 0 && k+el > i {
				exc = true
				break
			}
		}
		if !exc {
			return i
		}
		i += l - 1
	}
	return -1
}
