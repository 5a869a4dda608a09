package figures

import (
	"slices"
	"sort"
	"strings"
)

// yearMark is a year written in the sentence.
type yearMark struct {
	a, b int // rune span of the year expression (including 年)
	val  int // 0 for a blank year ("xx年", "*年")
	base bool
	// only: the year dates just the number that starts at this rune
	// ("由2020年的77.0岁提高到78.3岁": 2020 is the year of 77.0 alone), and
	// those listed with it up to onlyEnd ("由2016年的109.9/10万、13.87‰，
	// 下降到…"); -1 if not.
	only, onlyEnd int
	// from is the first year of a range ("2017年~2021年", "2006-2010年"),
	// whose last is val; 0 for a single year.
	from int
}

// chineseDigit maps the Chinese numerals used in written years.
func chineseDigit(c rune) int {
	switch c {
	case '〇', '○', '零', 'Ｏ', 'O':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// isYearSuffix reports whether a year unit is written at i (年, 年度, 届).
func isYearSuffix(t *text, i int) bool {
	c := t.nAt(i)
	return c == '年' || c == '届'
}

// goalNamed reports whether the year written from a to just before i names
// a goal reached: "达到2030年本市目标要求", "实现2025年目标值".
func goalNamed(t *text, a, i int) bool {
	// The verb may stand before the goal's owner: "提前达到健康广西行动2030
	// 年目标任务".
	reached := false
	for b := a; b >= 0 && a-b <= maxGoalOwnerRunes && !reached; b-- {
		if b < a && (isHardBoundary(t.n[b]) || t.n[b] == ',' || isDigit(t.n[b])) {
			break
		}
		for _, v := range []string{"达到", "实现", "超过", "完成"} {
			r := []rune(v)
			if b >= len(r) && string(t.n[b-len(r):b]) == v {
				reached = true
			}
		}
	}
	if !reached {
		return false
	}
	for k := i; k < len(t.n) && k < i+maxGoalGap; k++ {
		if t.n[k] == '目' && t.nAt(k+1) == '标' {
			// "实现了…2030年的目标值(37%)": the goal's value is given, and
			// the year is its date.
			for j := k + 2; j < len(t.n) && j <= k+4; j++ {
				if t.n[j] == '(' && isDigit(t.nAt(j+1)) {
					return false
				}
			}
			return true
		}
		if isHardBoundary(t.n[k]) || t.n[k] == '，' || t.n[k] == ',' || isDigit(t.n[k]) {
			return false
		}
	}
	return false
}

// maxGoalOwnerRunes bounds the words naming whose goal it is between the
// verb reaching it and its year ("健康广西行动").
const maxGoalOwnerRunes = 10

// maxGoalGap is how far after a year the goal it names may be written
// ("2030年全省目标值").
const maxGoalGap = 8

// since reports whether the words at i make the year before them (which
// starts at a) the start of a period up to now: "以来", or "起"/"开始" after
// 自 or 从 ("自2016年起").
func since(t *text, a, i int) bool {
	if t.nAt(i) == '以' && t.nAt(i+1) == '来' {
		return true
	}
	opened := t.nAt(a-1) == '自' || t.nAt(a-1) == '从'
	if opened && (t.nAt(i) == '起' || t.nAt(i) == '开' && t.nAt(i+1) == '始') {
		return true
	}
	// "自2020年抗击新冠肺炎疫情以来": what began that year, named before
	// 以来.
	for k := i; opened && k < i+maxSinceGap && k+1 < len(t.n); k++ {
		if isHardBoundary(t.n[k]) {
			return false
		}
		if t.n[k] == '以' && t.n[k+1] == '来' {
			return true
		}
	}
	return false
}

// maxSinceGap bounds the words between "自2020年" and the 以来 that closes
// it ("自2020年抗击新冠肺炎疫情以来", "自2018年成功实施60周岁以上老年人免费接种
// 流感疫苗项目以来").
const maxSinceGap = 32

// scanYears finds the years written in the sentence: "2023年",
// "2023年度", "2020届", "2020年-2022年" and "2006-2010年" (the last year
// counts), "二〇二三年", and blank years ("xx年", "20xx年", "*年", "___年").
// Years inside titles (《…》) are ignored.
func scanYears(t *text) []yearMark {
	var ys []yearMark
	n := t.n
	quoted := quotedNames(n)
	for i := 0; i < len(n); i++ {
		if t.inName[i] || quoted[i] && isDigit(n[i]) {
			continue // a year in a name; "“十五”期末" still dates
		}
		c := n[i]
		switch {
		case isDigit(c) || isBlankStart(t, i):
			if i > 0 && (isDigit(n[i-1]) || isLetter(n[i-1]) || n[i-1] == '.') {
				continue
			}
			nb := scanNumber(t, i)
			end := nb.b
			if nb.missing {
				if isYearSuffix(t, end) {
					ys = append(ys, yearMark{a: i, b: end + 1})
				}
				i = end - 1
				continue
			}
			v := int(nb.value)
			if nb.isRange {
				// "2006-2010年": the value is the last year.
				if isYearSuffix(t, end) && v >= 1900 && v <= 2100 && nb.digits == 4 {
					ys = append(ys, yearMark{a: i, b: end + 1, val: v, from: rangeStart(n[i:end])})
				}
				i = end - 1
				continue
			}
			if nb.digits != 4 || !nb.isInt || v < 1900 || v > 2100 {
				i = end - 1
				continue
			}
			if isYearSuffix(t, end) {
				if goalNamed(t, i, end+1) {
					// "21项指标已提前达到2030年本市目标要求，5项…": the year
					// whose goal was reached, not the date of a figure.
					i = end
					continue
				}
				if since(t, i, end+1) {
					// "自2000年以来，…孕产妇死亡率为24.35/10万": the start
					// of a period up to now, not the year of its figures
					// (the caller reads the period).
					i = end
					continue
				}
				if namesEdition(t, end+1) {
					// "按照2017年《国家基本公共卫生服务规范》", "2010年标准":
					// the year of a document or standard, not of a figure.
					i = end
					continue
				}
				y := yearMark{a: i, b: end + 1, val: v}
				// "2020年-2022年", "2020年至2022年": take the last year.
				if s := t.nAt(end + 1); s == '-' || s == '至' || s == '到' || s == '~' {
					if isDigit(t.nAt(end + 2)) {
						nb2 := scanNumber(t, end+2)
						v2 := int(nb2.value)
						if !nb2.missing && nb2.digits == 4 && v2 >= 1900 && v2 <= 2100 && isYearSuffix(t, nb2.b) {
							y.b, y.val, y.from = nb2.b+1, v2, v
						}
					}
				}
				ys = append(ys, y)
				i = y.b - 1
				continue
			}
			i = end - 1
		case c == '十' && tenthPlanEnd(n, i) > 0:
			// "“十五”期末": the tenth plan's last year, 2005.
			end := tenthPlanEnd(n, i)
			ys = append(ys, yearMark{a: i, b: end, val: PlanFirstYear(10) + 4})
			i = end - 1
		case c == '十' && planEnd(t, i) > 0:
			// "“十一五”末期": the plan's last year.
			end := planEnd(t, i)
			ys = append(ys, yearMark{a: i, b: end, val: PlanFirstYear(10+chineseDigit(n[i+1])) + 4})
			i = end - 1
		case chineseDigit(c) >= 0 && c != 'O':
			// 二〇二三年
			if i+4 < len(n) && n[i+4] == '年' {
				v := 0
				ok := true
				for k := i; k < i+4; k++ {
					d := chineseDigit(n[k])
					if d < 0 {
						ok = false
						break
					}
					v = v*10 + d
				}
				if ok && v >= 1900 && v <= 2100 && (i == 0 || chineseDigit(n[i-1]) < 0) {
					ys = append(ys, yearMark{a: i, b: i + 5, val: v})
					i += 4
				}
			}
		}
	}
	for k := range ys {
		ys[k].base = isComparisonBase(t, ys[k].a)
		ys[k].only = -1
		j := ys[k].b
		if c := t.nAt(j); (c == ')' || c == '）') && t.nAt(j+1) == '的' {
			j++ // "和平解放初期(即1951年)的35.5岁"
		}
		if j2 := j; t.nAt(j) == '的' && (isDigit(t.nAt(j+1)) || isBlankStart(t, j+1)) ||
			isDigit(t.nAt(j)) && !monthAt(t, j) && strings.ContainsRune("从由", t.nAt(ys[k].a-1)) {
			// "2015年的1392家", "从2015年1.92万人增加到…": the year is
			// the start's alone.
			if t.nAt(j2) == '的' {
				j2++
			}
			j = j2 - 1
			ys[k].only = j + 1
			e := j + 1
			for e < len(t.n) && !strings.ContainsRune("，,；;。：:到至降提增下上减由从", t.n[e]) {
				e++
			}
			ys[k].onlyEnd = e
		}
		if ys[k].only < 0 {
			// "人口基数为328830人(2016年统计年鉴数),…职工医保的人数为
			// 23502人": a year in brackets dates the bracket only.
			if open, end, ok := enclosingParen(t.n, ys[k].a, ys[k].b); ok {
				ys[k].only, ys[k].onlyEnd = open, end
			}
		}
		if ys[k].only < 0 && scheduledAt(t, ys[k].a) {
			// "…第二人民医院将于2021年初投入使用,投资3.9亿元的新中医院已开工
			// 建设": the date of one thing still to come dates its clause.
			e := ys[k].b
			for e < len(t.n) && !isHardBoundary(t.n[e]) {
				e++
			}
			ys[k].only, ys[k].onlyEnd = ys[k].b, e
		}
	}
	return ys
}

// monthAt reports whether the digits at rune j are a month ("2月底" of
// "从2012年至2015年2月底"): the end of a span, not a value whose year it is.
func monthAt(t *text, j int) bool {
	for j < len(t.n) && isDigit(t.n[j]) {
		j++
	}
	return t.nAt(j) == '月'
}

// scheduledWords stand before the date of a thing still to come: "将于2021年
// 初投入使用", "预计2026年建成".
var scheduledWords = []string{"将于", "将在", "预计于", "预计在", "预计", "计划于", "计划在", "拟于", "拟在", "定于"}

// scheduledAt reports whether the year starting at rune a is the date of a
// thing still to come.
func scheduledAt(t *text, a int) bool {
	before := string(t.n[max(0, a-3):a])
	for _, w := range scheduledWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// bracketYearAfter is the year of a bracket opening right after a value
// ("74.70岁(2019年数据)", "（2023年底）"), which dates that value; 0 when no
// such bracket follows the rune at.
func bracketYearAfter(t *text, ys []yearMark, at int) int {
	if c := t.nAt(at); c != '(' && c != '（' {
		return 0
	}
	for _, y := range ys {
		if y.a != at+1 || y.val == 0 || y.from != 0 {
			continue
		}
		end := y.b
		for end < len(t.n) && t.n[end] != ')' && t.n[end] != '）' {
			end++
		}
		if end < len(t.n) && slices.Contains(dataYearWords, string(t.n[y.b:end])) {
			return y.val
		}
	}
	return 0
}

// dataYearWords may follow the year in a bracket that dates the value
// before it ("(2019年数据)", "（2023年底）"); other words cite a source
// ("(2016年统计年鉴数)"), whose year is its edition's.
var dataYearWords = []string{"", "数据", "底", "末", "年底", "年末", "统计数据", "全年", "度"}

// enclosingParen finds the brackets around the runes [a,b): the opening
// bracket's rune and the closing one's; ok is false outside brackets.
func enclosingParen(n []rune, a, b int) (open, end int, ok bool) {
	open = -1
	for i := a - 1; i >= 0; i-- {
		if n[i] == ')' || n[i] == '）' {
			return 0, 0, false
		}
		if n[i] == '(' || n[i] == '（' {
			open = i
			break
		}
	}
	if open < 0 {
		return 0, 0, false
	}
	for i := b; i < len(n); i++ {
		switch n[i] {
		case ')', '）':
			return open, i, true
		case '(', '（':
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// editionWords, written right after a year, make it the year of a
// document, standard or edition that is cited.
var editionWords = []string{"版", "标准", "口径", "价格", "可比价"}

// namesEdition reports whether the runes from i, after a year's 年, cite a
// document (《…》) or name an edition, standard or price base.
func namesEdition(t *text, i int) bool {
	if c := t.nAt(i); c == '《' || c == '<' {
		return true
	}
	for _, w := range editionWords {
		r := []rune(w)
		if i+len(r) <= len(t.n) && string(t.n[i:i+len(r)]) == w {
			return true
		}
	}
	return false
}

// planEndWords name the end of a five-year plan after its name.
var planEndWords = []string{"末期", "期末", "末年", "收官之年", "末"}

// planEnd returns the rune just past the words naming the end of a
// five-year plan that start at i ("十一五末", "十三五”期末", "十二五末期"),
// or 0 when none starts there. Only the 11th to 19th plans (十一五 …
// 十九五) are read: "十五末" is too often the number fifteen.
func planEnd(t *text, i int) int { return planEndRunes(t.n, i) }

// planEndRunes is planEnd on normalised runes.
func planEndRunes(n []rune, i int) int {
	if i+3 >= len(n) || n[i] != '十' || chineseDigit(n[i+1]) < 1 || n[i+2] != '五' {
		return 0
	}
	if i > 0 && chineseDigit(n[i-1]) >= 0 {
		return 0
	}
	k := i + 3
	if c := n[k]; c == '”' || c == '"' || c == '’' {
		k++
	}
	return planEndWordAt(n, k)
}

// planEndWordAt returns the rune just past a word naming a plan's end
// (planEndWords) that starts at k, or 0.
func planEndWordAt(n []rune, k int) int {
	for _, w := range planEndWords {
		r := []rune(w)
		if k+len(r) <= len(n) && string(n[k:k+len(r)]) == w {
			return k + len(r)
		}
	}
	return 0
}

// PlanFirstYear is the first year of the five-year plan of the given
// ordinal: the 11th (十一五) began in 2006, the 10th (十五) in 2001.
func PlanFirstYear(ordinal int) int { return 2006 + 5*(ordinal-11) }

// tenthPlanEnd returns the rune just past "“十五”期末" (the tenth plan's
// end, in quotes, which "十五末" alone is too often the number fifteen to
// be) starting at i, or 0.
func tenthPlanEnd(n []rune, i int) int {
	if i == 0 || i+3 >= len(n) || !strings.ContainsRune("“\"‘'", n[i-1]) || n[i+1] != '五' || !strings.ContainsRune("”\"’'", n[i+2]) {
		return 0
	}
	return planEndWordAt(n, i+3)
}

// isComparisonBase reports whether the year starting at i is introduced as
// a comparison base ("较2015年", "比2022年", "与2015年相比").
func isComparisonBase(t *text, i int) bool {
	k := i
	for k > 0 && isSpace(t.n[k-1]) {
		k--
	}
	if comparators.suffix(t.n, 0, k) > 0 {
		return true
	}
	switch t.nAt(k - 1) {
	case '与', '同', '和', '跟':
		return true
	case '在':
		// "在2017年基础上提高5元": the year the change is counted from.
		return foundationAfterYear(t, i)
	}
	return false
}

// foundationAfterYear reports whether the year starting at i is followed
// by 的基础上 or 基础上 (foundationAfter).
func foundationAfterYear(t *text, i int) bool {
	k := i
	for k < len(t.n) && isDigit(t.n[k]) {
		k++
	}
	return t.nAt(k) == '年' && foundationAfter(t, k+1)
}

// yearFor returns the year stated for a figure whose number starts at
// rune i: the last year written before it that is not a comparison base
// and not inside [skipA,skipB), the figure's own qualifier.
//
// ys is in text order (scanYears), so the marks ending by i are found by
// binary search and walked back from the nearest: a paragraph with many
// years and figures costs a few steps per figure, not all its years.
func yearFor(ys []yearMark, i, skipA, skipB int) int {
	end := sort.Search(len(ys), func(k int) bool { return ys[k].b > i })
	for k := end - 1; k >= 0; k-- {
		m := ys[k]
		if m.base || m.a >= skipA && m.b <= skipB || m.only >= 0 && (i < m.only || i >= m.onlyEnd) {
			continue
		}
		return m.val
	}
	return 0
}

// yearList finds years listed together ("到2022年和2030年", "2025年、2030年")
// or a range of them ("2017年~2021年": each year of it) and returns them in
// order with the rune where the list ends; nil when the text lists no years.
func yearList(t *text, ys []yearMark) ([]int, int) {
	for i := 0; i+1 < len(ys); i++ {
		list := []int{ys[i].val}
		end := ys[i].b
		for j := i + 1; j < len(ys); j++ {
			gap := strings.TrimSpace(string(t.n[end:ys[j].a]))
			// "到2023年底和2030年": the end of the first year.
			gap = strings.TrimLeft(gap, "底末")
			if gap != "和" && gap != "、" && gap != "及" && gap != "与" && gap != "和到" || ys[j].val == 0 {
				break
			}
			list = append(list, ys[j].val)
			end = ys[j].b
		}
		if len(list) >= 2 && ys[i].val != 0 {
			return list, end
		}
	}
	for _, y := range ys {
		if y.from > 0 && y.val > y.from && y.val-y.from < maxListedRange {
			// "2017年~2021年，…分别为…": every year of the range.
			var list []int
			for v := y.from; v <= y.val; v++ {
				list = append(list, v)
			}
			return list, y.b
		}
	}
	return nil, 0
}

// maxListedRange bounds the years of a range a list dates one by one.
const maxListedRange = 11

// rangeStart is the four-digit year a range's runes open with ("2006" of
// "2006-2010"), 0 when they open with none.
func rangeStart(rs []rune) int {
	if len(rs) < 4 {
		return 0
	}
	v := 0
	for _, r := range rs[:4] {
		if r < '0' || r > '9' {
			return 0
		}
		v = v*10 + int(r-'0')
	}
	if v < 1900 || v > 2100 {
		return 0
	}
	return v
}

// datePerListedYear gives figures listed for several years ("到2022年和
// 2030年，…分别不低于22%和30%") each the year in its place: every run of
// as many consecutive figures of one label after the list as there are
// years.
func datePerListedYear(t *text, ys []yearMark, figs []Figure) {
	years, end := yearList(t, ys)
	if years == nil {
		return
	}
	endByte := t.off[end]
	for i := 0; i+len(years) <= len(figs); i++ {
		if figs[i].Start < endByte {
			continue
		}
		run := figs[i : i+len(years)]
		same := true
		for _, f := range run[1:] {
			same = same && f.Label == run[0].Label && !f.Base
		}
		if !same || run[0].Base {
			continue
		}
		if i+len(years) < len(figs) && figs[i+len(years)].Label == run[0].Label {
			return // more values than years: the list does not date them
		}
		for k := range run {
			run[k].Year = years[k]
		}
		// "…分别不少于90.86%和92.17%,…达到37%及以上和40%及以上": each
		// measure the sentence goes on to list for the same years.
		i += len(years) - 1
	}
}

// maxQuotedNameRunes bounds a name between quotation marks whose years date
// nothing ("荣获“2016~2017年度全国无偿献血先进市”").
const maxQuotedNameRunes = 30

// quotedNames marks the runes of short quotations: the names of honours,
// campaigns and slogans, whose years are part of the name, not the date of
// the sentence's figures.
func quotedNames(n []rune) []bool {
	out := make([]bool, len(n))
	for i := 0; i < len(n); i++ {
		if n[i] != '“' {
			continue
		}
		for j := i + 1; j < len(n) && j-i <= maxQuotedNameRunes; j++ {
			if n[j] == '”' {
				for k := i; k <= j; k++ {
					out[k] = true
				}
				i = j
				break
			}
		}
	}
	return out
}
