package figures

import "strings"

// figureAt decides whether the number nb can be a figure and reads its
// unit. Years, dates, times, ordinals, list markers, identifiers and
// numbers inside names are rejected.
func figureAt(t *text, nb number) (cand, bool) {
	c := cand{num: nb, ue: nb.b, se: nb.b}
	a, b := nb.a, nb.b
	if nb.skip || !plainContext(t, a, b) || isListMarker(t, a, b) {
		return c, false
	}
	// "165 条", "98.5 %", "xxxx 人": some pages (and PDF text) put a
	// space between a number and its unit. A blank takes only a unit.
	if next := t.nAt(b + 1); isSpace(t.nAt(b)) && (isHan(next) || next == '%' || next == '‰') {
		unit := matchUnit(t, b+1).unit != ""
		if unit || !nb.missing && (multipliers.prefix(t.n, b+1, len(t.n)) > 0 || dateWords.prefix(t.n, b+1, len(t.n)) > 0) {
			b++
		}
	}
	// Dates, years, clock times, anniversaries ("9月", "2023年", "8时",
	// "___多年").
	d := b
	if isApprox(t.nAt(d)) {
		d++
	}
	// "11.7年" (人均受教育年限): a fraction of years is a length of time,
	// never a date.
	years := !nb.isInt && !nb.missing && nb.digits <= 2 && d == b && t.nAt(b) == '年' && t.nAt(b+1) != '度'
	// "连续5年位居全国第一": a streak counts years.
	years = years || nb.isInt && !nb.missing && nb.digits <= 2 && d == b && t.nAt(b) == '年' && streakAt(t, a, b)
	// "平均住院日为8.25日": a fraction of days is a length of time, never a
	// date.
	days := !nb.isInt && !nb.missing && d == b && t.nAt(b) == '日'
	if dateWords.prefix(t.n, d, len(t.n)) > 0 && !years && !days {
		if u, _, ok := matchBase(t, d); !ok || u.canon == "周" && t.nAt(d+1) == '年' {
			return c, false
		}
	}
	um := matchUnit(t, b)
	if years {
		um = unitMatch{end: b + 1, unit: "年", base: "年"}
	}
	if days {
		um = unitMatch{end: b + 1, unit: "日", base: "日"}
	}
	c.unit = um
	c.ue = um.end
	switch {
	case um.unit == "" && (isLetter(t.nAt(b)) || t.nAt(b) == '.' && isLetter(t.nAt(b+1))):
		return c, false // "5G", "3D打印"
	case um.base == "分" && (t.nAt(a-1) == '时' || t.nAt(a-1) == '点'):
		return c, false // "10时30分"
	case um.base == "版" && !nb.isInt:
		return c, false // "2.0版"
	case um.base == "部" && nb.missing:
		return c, false // "卫生___部专家": a ministry's name left blank
	}
	if um.base == "人" && t.nAt(um.end) == '间' {
		return c, false // "单人间、2人间病房": a kind of room
	}
	if um.base == "县" && CountyWordGoesOn(t.nAt(um.end)) {
		// "走进70余县," counts counties; "5县市区覆盖人口" and "3县级
		// 医院" name a group or a level.
		return c, false
	}
	if um.unit != "" && t.nAt(um.end) == '级' && (isHan(t.nAt(um.end+1)) || isLetter(t.nAt(um.end+1))) {
		// "100兆瓦级地下压缩空气储能": the grade belongs to the unit.
		c.unit.unit += "级"
		c.unit.end++
		c.ue = c.unit.end
	}
	c.se, c.post = scanSuffix(t, c.ue)
	if rankThreshold(t, a) {
		return c, false // "进入ESI世界学科排名前1%": a rank's bound, not a figure
	}
	if um.base == "岁" || um.base == "周岁" || um.base == "月龄" {
		// "65岁以上老人", "0-6岁儿童": an age bracket naming a group; but
		// "由77.0岁提高到78.3岁", "78.9岁的人均预期寿命" and "在79岁的基础上"
		// measure.
		if isHan(t.nAt(c.se)) && nb.isInt && changeVerbs.prefix(t.n, c.se, len(t.n)) == 0 && !foundationAfter(t, c.se) {
			return c, false
		}
		k := c.se
		for isSpace(t.nAt(k)) {
			k++
		}
		if (nb.isInt || nb.isRange) && isDigit(t.nAt(k)) {
			// "80岁以上20930人", "65-69岁 40834人": the bracket names the
			// group the count after it counts.
			return c, false
		}
	}
	if (um.base == "分钟" || um.base == "小时" || um.base == "公里") && namesCircle(t, um.end) {
		return c, false // "15分钟健康服务圈": a name, not a measure
	}
	if um.unit == "" {
		if nb.missing || nb.isRange {
			return c, false
		}
		if nb.isInt && (nb.digits >= 7 || nb.lead0 || nb.digits == 4 && nb.value >= 1900 && nb.value <= 2100) {
			return c, false
		}
		// "篇1", "章3": a number right after a classifier is an ordinal;
		// not after a verb ending in one ("接种20303").
		if _, ok := baseUnits[string(t.nAt(a-1))]; ok && isHan(t.nAt(a-1)) && contentVerbs.suffix(t.n, max(0, a-4), a) < 2 || isSpace(t.nAt(a-1)) && strings.ContainsRune("篇章节条款卷期", t.nAt(a-2)) {
			return c, false
		}
		k := c.se
		for isSpace(t.nAt(k)) {
			k++ // "接种178615 ,": a space before the boundary
		}
		switch x := t.nAt(k); {
		case x == 0 || isHardBoundary(x) || x == ')' || x == '、' || x == '(':
		case strings.ContainsRune("和及与", x) && isDigit(t.nAt(k+1)):
			// "3.85和1.85个百分点": listed before the number whose unit
			// both share.
		case nb.isInt && nb.digits >= 2 && k == nb.b && countedPeople.prefix(t.n, k+boolInt(isApprox(x)), len(t.n)) > 0:
			// "共有8000余村民…签订了家庭医生服务协议": the people named
			// after the number are counted, in 人.
			c.unit.unit, c.unit.base, c.unit.count = "人", "人", true
			if isApprox(x) {
				c.unit.quals = append(c.unit.quals, string(x))
				c.unit.end, c.ue, c.se = k+1, k+1, k+1
			}
		case k == nb.b && !nb.isInt && changeToEnd(t, k) > 0:
			// "出生人口性别比由2015年的113.5降低到2019年的110.14": a
			// ratio or index has no unit, and its start is a value all
			// the same.
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
	case prev == '+' || next == '+' || prev == '/':
		return false // "1+6+N", "1/3"
	case prev == '每':
		return false // "每10万人": the denominator of a rate
	case prev == '×' && isDigit(prev2) || next == '×' && isDigit(next2) || prev == '*' && isDigit(prev2):
		return false // "7×24小时"
	case next == '/' && isDigit(next2):
		if _, _, ok := matchBase(t, b); !ok {
			return false // "95/168"; but "256.3/10万" is a rate
		}
	case (prev == ':' || prev == '∶') && isDigit(prev2) || (next == ':' || next == '∶') && isDigit(next2):
		return false // "10:30", a ratio "1.68∶1"
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
	if k >= 0 && strings.ContainsRune("和、及与至到", t.n[k]) && ordinalBefore(t, k) {
		return false // "第20条和21条": the second article's number
	}
	return true
}

// maxOrdinalBackRunes bounds how far before a joining word the ordinal it
// continues may start ("第120条、121条").
const maxOrdinalBackRunes = 6

// ordinalBefore reports whether the words right before n[k] are an ordinal
// of an article ("第20条", "第十九条"): the number after the joining word at
// k numbers another one.
func ordinalBefore(t *text, k int) bool {
	j := k - 1
	if j < 0 || !strings.ContainsRune("条款项章节", t.n[j]) {
		return false
	}
	for j--; j >= 0 && k-j <= maxOrdinalBackRunes; j-- {
		switch {
		case t.n[j] == '第':
			return true
		case isDigit(t.n[j]) || isCNNumeral(t.n[j]):
		default:
			return false
		}
	}
	return false
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

// rankWords end the words before the bound of a ranking ("排名前1%",
// "进入前1‰", "位居全国前10").
var rankWords = []string{"排名前", "进入前", "位居前", "居前", "排前", "跻身前", "位列前", "全国前", "世界前", "全球前"}

// rankThreshold reports whether the number at a bounds a ranking.
func rankThreshold(t *text, a int) bool {
	for _, w := range rankWords {
		if l := len([]rune(w)); a >= l && string(t.n[a-l:a]) == w {
			return true
		}
	}
	return false
}

// maxCircleName bounds the words between a distance in time or space and
// the 圈 ending the name it is part of.
const maxCircleName = 8

// namesCircle reports whether the words from e are the rest of a service
// area's name ("15分钟|健康服务圈", "30分钟|急救圈").
func namesCircle(t *text, e int) bool {
	for k := e; k < len(t.n) && k <= e+maxCircleName; k++ {
		c := t.n[k]
		if c == '圈' {
			return k > e
		}
		if !isHan(c) {
			return false
		}
	}
	return false
}

// CountyWordGoesOn reports whether next, after 县, makes it a word of its
// own rather than the counties counted ("70余县", "多少个县"): 县市区, 县区,
// 县级, 县域, 县城, 县委, 县医院, 县人民医院, 县乡, 县镇, 县直, 县属.
func CountyWordGoesOn(next rune) bool {
	return strings.ContainsRune("市区级域城委医人乡镇直属", next)
}

// changeToEnd returns the end of a change to another value starting at k:
// a change verb, perhaps after an adverb, then 到 or 至 ("降低到", "下降至",
// "降至", "逐步提高到"); -1 for none.
func changeToEnd(t *text, k int) int {
	n := t.n
	for l := changeAdverbs.prefix(n, k, len(n)); l > 0; l = changeAdverbs.prefix(n, k, len(n)) {
		k += l
	}
	l := changeVerbs.prefix(n, k, len(n))
	switch {
	case l == 0:
		return -1
	case t.nAt(k+l) == '到' || t.nAt(k+l) == '至':
		return k + l + 1
	case n[k+l-1] == '至':
		return k + l
	}
	return -1
}
