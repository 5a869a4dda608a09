package bot

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// What a figure answer quotes: the clause of the figure's sentence that
// holds it, without the other values the clause lists or the value a
// change started from, so the quote states the figure asked and no other.

// figureClause is the clause of a figure's sentence that holds it
// ("…197家二级以上医院开设体重管理门诊…"), so the quote shows the figure
// asked and not the sentence's other numbers; the whole sentence when the
// clause cannot be told.
func figureClause(fig corpus.Figure) string { return clauseQuote(fig, false) }

// changeClause is figureClause keeping the value a change started from
// ("婴儿死亡率从2015年的3.91‰降低至2020年的2.11‰"): a question of how a
// figure changed is answered by both ends.
func changeClause(fig corpus.Figure) string { return clauseQuote(fig, true) }

// clauseQuote is figureClause, with the start of a change kept or not.
func clauseQuote(fig corpus.Figure, keepStart bool) string {
	simp := corpus.SimplifyRunes(fig.Sentence)
	if simp == fig.Sentence {
		return clauseOfFigure(fig, keepStart)
	}
	// A Traditional sentence is read in Simplified characters at the same
	// offsets ("分別為" is "分别为"), and quoted as written.
	orig := fig.Sentence
	fig.Sentence = simp
	return inScriptOf(clauseOfFigure(fig, keepStart), simp, orig)
}

// inScriptOf writes a quote cut from simp in the script of orig, the same
// text at the same offsets: each part between the quote's ellipses is
// found in simp and taken from orig.
func inScriptOf(quote, simp, orig string) string {
	parts := strings.Split(quote, "…")
	from := 0
	for i, p := range parts {
		if p == "" {
			continue
		}
		k := strings.Index(simp[from:], p)
		if k >= 0 {
			k += from
		} else if k = strings.Index(simp, p); k < 0 {
			continue
		}
		parts[i] = orig[k : k+len(p)]
		from = k + len(p)
	}
	return strings.Join(parts, "…")
}

// clauseOfFigure is figureClause of a sentence in Simplified characters.
func clauseOfFigure(fig corpus.Figure, keepStart bool) string {
	if fig.Missing || fig.Raw == "" {
		return fig.Sentence
	}
	if row, ok := rowCell(fig); ok {
		return row
	}
	if cell, ok := runOnCell(fig); ok {
		return cell
	}
	value := writtenValue(fig)
	clauses := splitClauses(fig.Sentence)
	found := clauseOf(clauses, value, fig.Label)
	if found < 0 {
		return fig.Sentence
	}
	clause := strings.TrimRight(clauses[found], "。！？")
	if !fig.Base && !keepStart {
		clause = cutRunOn(clause, value)
	}
	if len(clauses) > 1 && !strings.Contains(clause, "、") {
		// One clause of a sentence may be a table's cells run on ("至此,
		// 我区实现了…比例达到65%国家卫生县城(乡镇)比例达到10.55%…"); a
		// list's clause ("床位数、执业医师数…从…分别增加至…") is not.
		inner := fig
		inner.Sentence = clause
		if cell, ok := runOnCell(inner); ok {
			return cell
		}
	}
	if found > 0 && bareShare.MatchString(clause[:max(0, valueAt(clause, value))]) {
		// "不予公开信息数46条,占比41.07%": a share written without its
		// subject is quoted with the clause that names it.
		found, clause = withClauseBefore(fig.Sentence, clauses, found, clause)
	}
	if keepStart && found > 0 && changedTo.MatchString(clause) && strings.ContainsAny(clauses[found-1], "从由") {
		// "从2017年的76554人,增加到96850人": the start stands in the
		// clause before the one the level reached stands in.
		found, clause = withClauseBefore(fig.Sentence, clauses, found, clause)
	}
	if keepStart && isChange(fig) && found > 0 && bareChangeAmount.MatchString(clause[:max(0, valueAt(clause, value))]) && fromToLevels.MatchString(clauses[found-1]) {
		// "患者自付比例由31.83%降至27.89%,降幅达3.94%": how much it fell,
		// asked, is quoted with the levels it fell from and to.
		found, clause = withClauseBefore(fig.Sentence, clauses, found, clause)
	}
	item, cut := listedItem(clause, fig.Label, value)
	if inner, ok := enclosingAside(item, value); ok && !changeOfLevelBefore(fig, inner, value) {
		item, cut = inner, true
	}
	out := elideListedValues(item, value, keepStart)
	if out == item && found > 0 && strings.Contains(strings.Join(clauses[:found], ""), "分别") {
		// "…分别由2016年的…,下降到2019年的63.68/10万、8.9‰、11.37‰": the
		// values of a list whose names and 分别 stand in a clause before.
		out = elideValuesOfList(item, value)
	}
	if !keepStart {
		out = elideComparedValues(elideBase(out, value), value)
	}
	if isChange(fig) {
		// A change's own quote, whatever ends are asked: the level before
		// it is no start it changed from.
		out = elideLevelBeforeChange(out, value)
	}
	out = elideFoundation(out, value)
	out, before := joinedItemBefore(out, value)
	cut = cut || before
	out = elideAside(elideJoinedValue(out, value), value)
	if fig.Base {
		out = elideEnd(out, value)
	}
	if len(clauses) == 1 && out == clause {
		return fig.Sentence
	}
	out += percentOfChange(fig, clauses, found)
	if found > 0 || cut {
		out = "…" + out
	}
	return out + "…"
}

// cutRunOn ends a clause at the value quoted when, with no punctuation
// between, the words after it run into another number ("主动公开各类信息900
// 余条主动公开文件30余条": a page that lost its comma); other clauses stay.
func cutRunOn(clause, value string) string {
	v := valueAt(clause, value)
	if v < 0 {
		return clause
	}
	end := v + len(value)
	for _, w := range []string{"余", "多", "以上"} {
		if strings.HasPrefix(clause[end:], w) {
			end += len(w)
			break
		}
	}
	rest := clause[end:]
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.Is(unicode.Han, r) {
		return clause
	}
	if !runOnNumber.MatchString(rest) {
		return clause
	}
	return clause[:end]
}

// runOnNumber is a label running straight into a number of its own.
// One joined by 和 or 、 ("24项举措和69条…") is a list's next item, no
// run-on.
var runOnNumber = regexp.MustCompile(`^[^0-9和及与或并、，,；;。:：\s()（）]{2,16}[0-9]`)

// percentOfChange is the clause after a change's amount that gives the
// same change in percent, with the separator before it ("增加10,123.06万元"
// then ",增长8.7%"): one change, quoted whole. "" when there is none.
func percentOfChange(fig corpus.Figure, clauses []string, found int) string {
	if !isChange(fig) || isRateUnit(fig.Unit) || found+1 >= len(clauses) || !percentChange.MatchString(clauses[found+1]) {
		return ""
	}
	i := strings.Index(fig.Sentence, clauses[found])
	if i < 0 {
		return ""
	}
	rest := fig.Sentence[i+len(clauses[found]):]
	j := strings.Index(rest, clauses[found+1])
	if j < 0 {
		return ""
	}
	return rest[:j+len(clauses[found+1])]
}

// percentChange is a clause that is only a change in percent: "增长8.7%",
// "同比下降3.2%".
var percentChange = regexp.MustCompile(`^\s*(?:同比|比上年|较上年)?(?:增长|增加|下降|减少|提高|降低|上升)\s*\d+(?:\.\d+)?\s*[%％]\s*$`)

// splitClauses cuts a sentence at its commas, semicolons and full stops
// (a part's sentence is quoted with its whole's before it), and at a colon
// before its parts ("共124条:其中…"), not at the comma that separates a
// number's thousands ("18,778人").
func splitClauses(sentence string) []string {
	var out []string
	start := 0
	for i, r := range sentence {
		switch r {
		case '，', '；', ';', '。':
		case ':', '：':
			if !strings.HasPrefix(sentence[i+utf8.RuneLen(r):], "其中") {
				continue // "共124条:其中动态要闻92条": the parts after it
			}
		case ',':
			if i > 0 && isASCIIDigit(sentence[i-1]) && i+1 < len(sentence) && isASCIIDigit(sentence[i+1]) {
				continue
			}
		default:
			continue
		}
		if i > start {
			out = append(out, sentence[start:i])
		}
		start = i + utf8.RuneLen(r)
	}
	if start < len(sentence) {
		out = append(out, sentence[start:])
	}
	return out
}

// isASCIIDigit reports whether b is a digit 0–9.
func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// clauseOf is the index of the clause holding value: the one clause that
// does, else the one of those that also names the label ("3家县级综合医院
// 纳入…，3家中心卫生院纳入…" for 中心卫生院); -1 when none or several can
// be told.
func clauseOf(clauses []string, value, label string) int {
	var holding []int
	for i, c := range clauses {
		if valueAt(c, value) >= 0 {
			holding = append(holding, i)
		}
	}
	if len(holding) == 1 {
		return holding[0]
	}
	label = corpus.Normalize(label)
	found := -1
	for _, i := range holding {
		if label != "" && strings.Contains(corpus.Normalize(clauses[i]), label) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// bareShare is the words of a share that names no subject: "占比",
// "占全部的", "占卫生技术人员总数的".
var bareShare = regexp.MustCompile(`^\s*(?:其中)?(?:(?:占比|占|比重|比例)(?:为|达|是)?\p{Han}{0,3}?|占\p{Han}{2,12}的(?:比例|比重)?(?:为|达|是)?)$`)

// writtenValue is a figure's value as its sentence writes it: its number
// and unit, with an approximation between them when the sentence puts one
// there ("5200余张", "300多人") or a space ("106 条").
func writtenValue(fig corpus.Figure) string {
	value := fig.Raw + fig.Unit
	if valueAt(fig.Sentence, value) >= 0 || fig.Unit == "" {
		return value
	}
	for _, approx := range []string{"余", "多", "左右", " "} {
		if v := fig.Raw + approx + fig.Unit; valueAt(fig.Sentence, v) >= 0 {
			return v
		}
		if mag, rest, ok := cutMagnitude(fig.Unit); ok && approx != " " {
			if v := fig.Raw + mag + approx + rest; valueAt(fig.Sentence, v) >= 0 {
				return v // "16万余个", "100万余元"
			}
		}
	}
	if mag, _, ok := cutMagnitude(fig.Unit); ok {
		if v := fig.Raw + mag; valueAt(fig.Sentence, v) >= 0 {
			return v // "390万65岁以上老年人": the counter 人 read, not written
		}
	}
	return value
}

// cutMagnitude splits a unit with a magnitude before its measure ("万个",
// "亿元") into the two; ok is false for any other unit.
func cutMagnitude(unit string) (mag, rest string, ok bool) {
	for _, m := range []string{"万", "亿", "千"} {
		if r, found := strings.CutPrefix(unit, m); found && r != "" {
			return m, r, true
		}
	}
	return "", "", false
}

// maxRunOnRunes is the longest sentence quoted whole when it has no
// punctuation: a longer one is a table's cells run on in one line.
const maxRunOnRunes = 80

// runOnCell quotes a figure of a table flattened into one line with no
// punctuation ("…指标8:适龄儿童疫苗接种率 100.00% 97.30% 2 1.9 指标9:…")
// by its label and its value, the row's values between left out (the
// target before the actual: "…适龄儿童疫苗接种率 … 97.30%…"); ok is false for a
// sentence that is punctuated or short, or where the label does not stand
// before the value.
func runOnCell(fig corpus.Figure) (string, bool) {
	s := fig.Sentence
	if utf8.RuneCountInString(s) <= maxRunOnRunes || strings.ContainsAny(s, "，。；,;") || fig.Label == "" {
		return "", false
	}
	value := fig.Raw + fig.Unit
	at := valueAt(s, value)
	if at < 0 {
		return "", false
	}
	// The value asked may stand after the row's first one ("100.00%
	// 97.30%"): its own occurrence is the one after the label's last.
	label := strings.LastIndex(s[:at], fig.Label)
	if label < 0 {
		// A label the sentence writes otherwise ("国家卫生县城(乡镇)比例"):
		// what stands after the value before it.
		if start, ok := afterPreviousValue(s[:at]); ok {
			return "…" + s[start:at+len(value)] + "…", true
		}
		return "", false
	}
	if between := strings.TrimSpace(s[label+len(fig.Label) : at]); between != "" && between != "为" && between != ":" {
		return "…" + fig.Label + " … " + value + "…", true
	}
	return "…" + s[label:at+len(value)] + "…", true
}

// maxRunOnClauseRunes bounds what afterPreviousValue quotes before a value.
const maxRunOnClauseRunes = 30

// previousValue is a number with its unit, as it ends what comes before
// a value in a run-on line ("…比例达到65%国家卫生县城…").
var previousValue = regexp.MustCompile(`[0-9][0-9.]*(?:%|‰|[万亿]?[个家张人元名所项次条])?`)

// afterPreviousValue is where the clause of a value in an unpunctuated
// run-on line starts: after the last number before it, when that is near
// enough; ok is false when there is none.
func afterPreviousValue(before string) (int, bool) {
	locs := previousValue.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return 0, false
	}
	start := locs[len(locs)-1][1]
	if n := utf8.RuneCountInString(before[start:]); n == 0 || n > maxRunOnClauseRunes {
		return 0, false
	}
	return start, true
}

// rowCell quotes a table row's figure by the row's name and the value's
// own cell ("医院合计 | … | 18803 | …"), not the row's other columns; ok is
// false when the sentence is no " | " row or the value stands in it twice.
func rowCell(fig corpus.Figure) (string, bool) {
	cells := strings.Split(fig.Sentence, " | ")
	if len(cells) < 3 {
		return "", false
	}
	var holding []int
	for k, c := range cells[1:] {
		if holdsValue(c, fig.Raw) {
			holding = append(holding, k+1)
		}
	}
	if len(holding) > 1 {
		// "较2022年 下降3% | 较2025年 下降3%": the cell its qualifier names;
		// "44 | 减44": the cell that says 减 for 减少, or the level, which
		// says no change.
		q := strings.ReplaceAll(fig.Qualifier, " ", "")
		holding = slices.DeleteFunc(holding, func(k int) bool {
			c := strings.ReplaceAll(cells[k], " ", "")
			if q == "" {
				return cellComparison.MatchString(c)
			}
			bare, ok := bareChangeWords[q]
			return !strings.Contains(c, q) && !(ok && strings.HasPrefix(c, bare))
		})
	}
	if len(holding) > 1 {
		// "城市低保数(人) | 571 | 目标人群数 | 190 | 宫颈癌累计完成(例) |
		// 190": the cell after the header the label names.
		name := fig.Label[strings.LastIndex(fig.Label, " ")+1:]
		if named := slices.DeleteFunc(slices.Clone(holding), func(k int) bool {
			return name == "" || !strings.HasPrefix(strings.TrimSpace(cells[k-1]), name)
		}); len(named) == 1 {
			holding = named
		}
	}
	at := -1
	if len(holding) == 1 {
		at = holding[0]
	} else if len(holding) > 1 {
		return "", false
	}
	if at < 0 {
		return "", false
	}
	from := at
	if at > 1 && !startsWithDigit(cells[at-1]) {
		from = at - 1 // the value's header, quoted in the row ("接种率(%) | 99.78")
	}
	out := cells[0] + " | "
	if from > 1 {
		out += "… | "
	}
	out += strings.Join(cells[from:at+1], " | ")
	if at < len(cells)-1 {
		out += " | …"
	}
	return out, true
}

// holdsValue reports whether a row's cell holds the value raw (and
// perhaps its unit, or a bound before it: "≥79.2"), not a longer number
// that begins with it.
func holdsValue(cell, raw string) bool {
	rest, ok := strings.CutPrefix(withoutBound(cell), raw)
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsDigit(r) && r != '.'
}

// startsWithDigit reports whether a cell opens with a digit.
func startsWithDigit(cell string) bool {
	r, _ := utf8.DecodeRuneInString(withoutBound(cell))
	return unicode.IsDigit(r)
}

// bareChangeWords are the one-character forms a table's cell writes a
// change word in ("减44" for 减少44).
var bareChangeWords = map[string]string{"增加": "增", "减少": "减"}

// withoutBound is a cell without its spaces and the bound or comparison
// before its number ("≥79.2" → "79.2", "较2022年 下降3%" → "3%", "减44" →
// "44").
func withoutBound(cell string) string {
	return strings.TrimLeft(cellComparison.ReplaceAllString(strings.TrimSpace(cell), ""), "≥≤><＞＜≈~～ ")
}

// cellComparison opens a cell that gives a change against a year.
var cellComparison = regexp.MustCompile(`^(?:(?:较|比)\s*(?:(?:19|20)\d\d\s*年|上年|去年)\s*)?(?:下降|降低|减少|提高|增长|上升|提升|增加|增|减)`)

// elideAside cuts an aside that opens after the value ("申请44件(其中:网上
// 申请42件" → "申请44件"): its numbers are parts of the figure, not it; a
// bracket holding only the value in percent stays with it.
func elideAside(clause, value string) string {
	at := valueAt(clause, value)
	if at < 0 {
		return clause
	}
	end := at + len(value)
	if m := percentAside.FindStringIndex(clause[end:]); m != nil {
		end += m[1] // "减少18.50万元(65.37%)": the same change in percent, kept
	}
	if i := strings.IndexAny(clause[end:], "(（"); i >= 0 {
		return clause[:end+i]
	}
	return clause
}

// percentAside is a bracket right after a value holding only a percentage
// ("(65.37%)"): the value restated as a share or a change in percent.
var percentAside = regexp.MustCompile(`^[(（]\s*\d+(?:\.\d+)?\s*[%％]\s*[)）]`)

// enclosingAside is the aside in brackets that holds the value ("三级医院
// 94家(其中三甲医院58家)" → "其中三甲医院58家"): the value is a part of
// the figure before the bracket, which the quote leaves out. ok is false
// when the value stands outside brackets.
func enclosingAside(clause, value string) (string, bool) {
	at := valueAt(clause, value)
	if at < 0 {
		return clause, false
	}
	open := max(strings.LastIndex(clause[:at], "("), strings.LastIndex(clause[:at], "（"))
	if open < 0 || strings.ContainsAny(clause[open:at], ")）") {
		return clause, false
	}
	_, size := utf8.DecodeRuneInString(clause[open:])
	inner := clause[open+size:]
	if end := strings.IndexAny(inner, ")）"); end >= 0 {
		inner = inner[:end]
	}
	if !strings.ContainsFunc(strings.Split(inner, value)[0], unicode.IsLetter) {
		return clause, false // "(58家)": the bracket holds only the value, named before it
	}
	return inner, true
}

// changeOfLevelBefore reports whether an aside is a change figure's own
// change of the level before the bracket ("病床增加到16994张(增长2.9%)"):
// the quote keeps the level it is the change of.
func changeOfLevelBefore(fig corpus.Figure, aside, value string) bool {
	before, _, _ := strings.Cut(aside, value)
	return isChange(fig) && changeAmount(strings.TrimSpace(before))
}

// citation marks and list numbers in an extractive answer.
var citationMarks = regexp.MustCompile(`\[\d+\]|(?m)^\d+\. `)

// quotesNumber reports whether the best quote of an extractive answer
// (its first quoted line) holds a number, and the answer a number that
// measures something: a year or an index number quoted ("2024年度部门决算
// 监督索引号53252800236100601000") is no figure found.
func quotesNumber(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "“") {
			if strings.ContainsAny(citationMarks.ReplaceAllString(line, ""), "0123456789") {
				return strings.ContainsAny(notMeasures.ReplaceAllString(citationMarks.ReplaceAllString(text, ""), ""), "0123456789")
			}
			return false
		}
	}
	return strings.ContainsAny(notMeasures.ReplaceAllString(citationMarks.ReplaceAllString(text, ""), ""), "0123456789")
}

// quotesQuantityAsked reports whether an extractive answer quotes a number
// of the kind of quantity the question asks for, when it asks for money,
// a rate, an age or a count of people ("住一次院花多少钱" is not answered by
// "平均住院日为8.25日", "筛查要做多少人" not by "10件民生实事"). Other units,
// and none, are not checked.
func quotesQuantityAsked(text, unit string) bool {
	q, ok := quantityOfUnit[unitKind(unit)]
	if !ok {
		return true
	}
	return q.MatchString(text)
}

// quantityOfUnit finds a number of each kind of quantity in text.
var quantityOfUnit = map[string]*regexp.Regexp{
	"money": regexp.MustCompile(`\d\s*[余多]?[万萬亿億千]?元`),
	"rate":  regexp.MustCompile(`\d\s*(?:%|％|‰|个百分点)|百分之`),
	"age":   regexp.MustCompile(`\d\s*岁`),
	"time":  regexp.MustCompile(`\d\s*(?:个)?(?:分钟|小时)`),
	"area":  regexp.MustCompile(`\d\s*(?:万|千)?[余多]?(?:亩|平方米|平米|平方公里|平方千米|公顷|㎡)`),
	// People are counted in 人, 名, 位, 例 or 人次, whichever is asked, or
	// in tens of thousands of those named ("36万适龄女生").
	// Not "11万份" (leaflets), "5万元", "2万亩": no count of people.
	"people": regexp.MustCompile(`\d\s*[余多]?[万萬千百]?[余多]?\s*(?:人|名|位|例|剂|針|针)|\d\s*[余多]?[万萬](?:[^份册元亩吨平公\d]|$)`),
}

// unitKind is the kind of quantity an asked unit measures: "money", "rate",
// "age", "time" (minutes, hours), "area", "people" or "".
func unitKind(unit string) string {
	switch {
	case strings.HasSuffix(unit, "元"):
		return "money"
	case strings.ContainsAny(unit, "%‰") || strings.Contains(unit, "百分点"):
		return "rate"
	case unit == "岁":
		return "age"
	case unit == "分钟" || unit == "小时":
		return "time"
	case unit == "人" || unit == "名" || unit == "人次" || unit == "例" || unit == "位":
		return "people"
	case unit == understand.AreaUnit || areaUnits[unit]:
		return "area"
	}
	return ""
}

// notMeasures are numbers a quote may hold that measure nothing: a year
// ("2024年度") and an index or document number of eleven digits or more
// ("索引号53252800236100601000").
var notMeasures = regexp.MustCompile(`(?:19|20)\d{2}\s*年度?|\d{11,}`)

// valueAt is where value stands in s as a whole number ("50元" is not in
// "150元"), -1 if nowhere.
func valueAt(s, value string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], value)
		if i < 0 {
			return -1
		}
		i += off
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); i == 0 || !unicode.IsDigit(r) && r != '.' {
			return i
		}
		off = i + len(value)
	}
}

// withClauseBefore joins to clause, the sentence's clause at found, the
// clause before it, as the sentence writes them; found and clause as they
// were when the two do not stand so in it.
func withClauseBefore(sentence string, clauses []string, found int, clause string) (int, string) {
	for _, sep := range []string{"，", ",", "；", ";"} {
		if joined := clauses[found-1] + sep + clause; strings.Contains(sentence, joined) {
			return found - 1, joined
		}
	}
	return found, clause
}

// changeTo matches the start of a change before the level a figure
// reached: "从91%提高到", "由2020年的77.0岁提高到", "由去年的36%提高到今年的",
// "由2015年的3.74张提高到2020年末的", "从2015年的3000余个已增加到约".
var changeTo = regexp.MustCompile(`(从|由)([^，；。从由]*?)(` + changeVerb + `)(到|至)(?:\d{4}年[末底]?的|今年的|明年的|当年的|本年的)?(?:约|近|超过|逾)?$`)

// changeVerb is the verb of a change from one value to another.
const changeVerb = `提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|跃升|攀升|增|降`

// bareChangeAmount is what a clause says before a change's amount when it
// names no measure: "降幅达", "增幅为", "下降了".
var bareChangeAmount = regexp.MustCompile(`^\s*(?:降幅|增幅|涨幅|跌幅|减幅|下降|上升|增长|降低|提高|减少|增加)(?:了|达到|达|为|约)?\s*$`)

// fromToLevels is a clause giving both levels of a change: "由31.83%降至
// 27.89%", "从76.7岁提高到78岁".
var fromToLevels = regexp.MustCompile(`[由从][^,，;；]*[0-9][^,，;；]*(?:到|至|为)[^,，;；]*[0-9]`)

// changedTo opens what follows the value a change started from: "提升到",
// "下降至2024年的".
var changedTo = regexp.MustCompile(`^\s*(?:` + changeVerb + `)(?:到|至)`)

// elideEnd drops from the quote of the value a change started from the
// value it reached ("从2020年的24.45%提升到2024年的31.92%" → "从2020年的
// 24.45%…"): a question about the start is not answered by the end.
func elideEnd(clause, value string) string {
	v := valueAt(clause, value)
	if v < 0 || !changedTo.MatchString(clause[v+len(value):]) {
		return clause
	}
	return clause[:v+len(value)] // the quote's closing ellipsis marks the cut
}

// elideBase drops from the quote of a level reached the value it started
// from ("参保率从91%提高到95%" → "参保率从…提高到95%"): a question for the
// figure is not answered with two.
func elideBase(clause, value string) string {
	v := valueAt(clause, value)
	if v < 0 {
		return clause
	}
	m := changeTo.FindStringSubmatchIndex(clause[:v])
	if m == nil || !strings.ContainsAny(clause[m[4]:m[5]], "0123456789") {
		return clause
	}
	return clause[:m[4]] + "…" + clause[m[6]:]
}

// foundation is the value a change builds on, written inside "在…的基础上"
// before it; group 1 is what stands between 在 and 基础上.
var foundation = regexp.MustCompile(`在([^，,。；;在]{1,24}?)的?基础上`)

// foundationValue is a number with its unit inside such a foundation; a
// year (a number right before 年) is none.
var foundationValue = regexp.MustCompile(`[0-9][0-9.,]*\s*(?:%|‰|[万亿千百]?[^\x00-\x7F年，。；、（）]{0,2})`)

// elideFoundation leaves out of a quote the value a change written after it
// builds on ("在2016年减少10.8万户的基础上再减少5.65万户" → "在2016年减少…的
// 基础上再减少5.65万户"): the quote states the figure asked and no other;
// a year stays.
func elideFoundation(clause, value string) string {
	v := valueAt(clause, value)
	if v < 0 {
		return clause
	}
	m := foundation.FindStringSubmatchIndex(clause[:v])
	if m == nil {
		return clause
	}
	inner := clause[m[2]:m[3]]
	var b strings.Builder
	last := 0
	for _, n := range foundationValue.FindAllStringIndex(inner, -1) {
		if strings.HasPrefix(inner[n[1]:], "年") {
			continue // "2016年": when, not how much
		}
		b.WriteString(inner[last:n[0]])
		b.WriteString("…")
		last = n[1]
	}
	b.WriteString(inner[last:])
	return clause[:m[2]] + b.String() + clause[m[3]:]
}

// levelThenChange is a level written just before its change, joined by
// 、 or a comma: "城镇化率61.61%、提高5.1个百分点"; group 1 is the level.
var levelThenChange = regexp.MustCompile(`([0-9][0-9.,]*\s*(?:%|‰|[万亿千百]?[\p{Han}/]{0,3}))\s*[、，,]\s*(?:比上年|同比|较上年)?(?:提高|增长|增加|上升|下降|降低|减少|提升)了?$`)

// elideLevelBeforeChange leaves out of a change's quote the level written
// just before it ("…城镇化率…、提高5.1个百分点"): the change is what is
// quoted, and no other value is stated.
func elideLevelBeforeChange(clause, value string) string {
	v := valueAt(clause, value)
	if v < 0 {
		return clause
	}
	m := levelThenChange.FindStringSubmatchIndex(clause[:v])
	if m == nil {
		return clause
	}
	return clause[:m[2]] + "…" + clause[m[3]:]
}

// comparedValue is a value in brackets after what it is of, as a
// comparison writes it: "城镇(123.88/万)高于农村(40.83/万)".
var comparedValue = regexp.MustCompile(`[（(]\s*[0-9][0-9.]*\s*(?:%|‰|/万|/10万|/十万|/千|例|人|张|个|家|元|万元|亿元|岁)?\s*[)）]`)

// comparedWords compare two bracketed values.
var comparedWords = []string{"高于", "低于", "多于", "少于", "超过", "快于", "慢于"}

// elideComparedValues leaves out of a comparison the bracketed values
// other than the one quoted ("城镇(…)高于农村(40.83/万)"): the quote
// shows what was compared, and states the figure asked and no other.
func elideComparedValues(clause, value string) string {
	if !containsAny(clause, comparedWords) {
		return clause
	}
	return comparedValue.ReplaceAllStringFunc(clause, func(m string) string {
		if valueAt(m, value) >= 0 {
			return m
		}
		open, _ := utf8.DecodeRuneInString(m)
		shut, _ := utf8.DecodeLastRuneInString(m)
		return string(open) + "…" + string(shut)
	})
}

// listedItem is, of a clause listing several labelled figures ("发放高龄补
// 贴32亿元、残疾人两项补贴12.4亿元"), the item holding value, and whether
// the clause was cut before it; the clause when value's item does not name
// its label ("分别达到4.7个、27.3张", "报销比例达到65%、提高15个百分点").
func listedItem(clause, label, value string) (string, bool) {
	items := strings.Split(clause, "、")
	if len(items) < 2 || strings.Contains(clause, "分别") {
		return clause, false
	}
	for i, it := range items {
		if valueAt(it, value) < 0 {
			continue
		}
		if shared(bigrams(label), it) == 0 && !strings.Contains(it, label) || !strings.ContainsAny(strings.Join(append(slices.Clone(items[:i]), items[i+1:]...), ""), "0123456789") ||
			i+1 < len(items) && bareValue(items[i+1]) {
			// "省、市、县级医院CMI值力争达到1.3、1.15、1.1": the values are
			// listed after the names; no item is the value's own.
			return clause, false
		}
		return it, i > 0
	}
	return clause, false
}

// bareValue reports whether a list item is a value alone, at most a unit
// after its number ("1.15", "1.1，…"), not a value with the thing it counts
// ("5个农贸市场"): values listed after the names they belong to.
func bareValue(item string) bool {
	if !startsWithDigit(item) {
		return false
	}
	rest := strings.TrimLeft(withoutBound(item), "0123456789.%‰")
	if i := strings.IndexAny(rest, "，,；;。"); i >= 0 {
		rest = rest[:i]
	}
	return utf8.RuneCountInString(rest) <= maxBareUnitRunes
}

// maxBareUnitRunes bounds the unit after a bare value ("个", "万元").
const maxBareUnitRunes = 2

// elideListedValues keeps, of the values a clause lists for several
// indicators ("每千人托位、养老床位数分别达到4.7个、27.3张"), only the one
// quoted, so the quote does not state another indicator's value:
// "每千人托位、养老床位数分别达到…27.3张". The starts of the changes
// written before 分别 go too, unless keepStarts.
func elideListedValues(clause, value string, keepStarts bool) string {
	at := strings.Index(clause, "分别")
	v := valueAt(clause, value)
	if at < 0 {
		at = respectiveList(clause, v)
	}
	if at < 0 || v < at {
		return clause
	}
	first := strings.IndexFunc(clause[at:], func(r rune) bool { return r >= '0' && r <= '9' })
	if first < 0 {
		return clause
	}
	first += at
	rest := clause[v+len(value):]
	if strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "和") {
		rest = ""
	}
	head := clause[:first]
	if k := max(strings.LastIndex(head[:at], "从"), strings.LastIndex(head[:at], "由")); !keepStarts && k >= 0 && strings.ContainsAny(head[k:at], "0123456789") {
		// "从2015年的5.66张、2.74人、3.58人分别增加至…": the starts of the
		// changes are other values than the one quoted.
		head = head[:k+len("从")] + "…" + head[at:]
	}
	if first == v {
		return head + value + rest
	}
	return head + "…" + value + rest
}

// elideValuesOfList keeps, of a run of listed values ("63.68/10万、8.9‰、
// 11.37‰"), only the one quoted, with the words before the run.
func elideValuesOfList(clause, value string) string {
	v := valueAt(clause, value)
	if v < 0 {
		return clause
	}
	for _, m := range listedValues.FindAllStringIndex(clause, -1) {
		if v < m[0] || v >= m[1] {
			continue
		}
		out := clause[:m[0]]
		if v > m[0] {
			out += "…"
		}
		return out + value // the quote's closing "…" stands for the values after it
	}
	return clause
}

// joinedValue is what follows a value up to another value joined to it:
// "举措和69条…" after "24项", "名35—64岁农村妇女宫颈癌检查和8000名…"
// after "42000" (its words, an age range among them, then 和 and a
// number). Values listed one after the other ("达到1.3、1.15、1.1") have no
// words between: they are the names' before them, kept.
var joinedValue = regexp.MustCompile(`^([^，,；;。、\d]{0,4}?(?:\d+[—\-~～至到]\d+岁)?\p{Han}[^，,；;。、\d]{0,20}?)(?:和|及|与|以及|、)\s*\d`)

// joinedItemBefore cuts a clause before the value quoted when another
// value's item is joined before it ("完成42000名…宫颈癌检查和8000名…乳腺
// 癌检查" → "8000名…乳腺癌检查"), reporting whether it did.
func joinedItemBefore(clause, value string) (string, bool) {
	if v := valueAt(clause, value); v > 0 && joinedBefore.MatchString(clause[:v]) {
		return clause[v:], true
	}
	return clause, false
}

// joinedBefore is another value's item joined before the value quoted: a
// number, its words (two characters or more) and 和 ("42000名35—64岁农村妇
// 女宫颈癌检查和" before "8000名…"), or a count written right before it
// ("31个场景" before "38项任务", not the start of a change "从13个增加到");
// not a bare value ("55%和").
var joinedBefore = regexp.MustCompile(`\d[^\d，,；;。]*?\p{Han}{2,}[^\d，,；;。]*?(?:和|及|与|以及)$|\d+(?:\.\d+)?\s*[个项件家名所座张台类批][^\d\s，,；;。、增减提降升到至为达由从比较和及与]{1,6}$`)

// elideJoinedValue cuts a clause after the words of the value quoted when
// another value is joined to it ("24项举措和69条重点事项清单任务" →
// "24项举措…"): the other is another thing's number.
func elideJoinedValue(clause, value string) string {
	v := valueAt(clause, value)
	if v < 0 {
		return clause
	}
	end := v + len(value)
	m := joinedValue.FindStringSubmatchIndex(clause[end:])
	if m == nil {
		return clause
	}
	return clause[:end+m[3]]
}

// listedValues is a run of values listed with 、, the last maybe with 和
// or 及 ("7.14/10万、1.71‰、2.84‰", "100%、94.4%和42.4%").
var listedValues = regexp.MustCompile(`\d[\d.]*(?:/\d+)?[^、和及，,；;。\d]{0,6}(?:(?:、|和|及)\d[\d.]*(?:/\d+)?[^、和及，,；;。\d]{0,6})+`)

// listSeparator parts the items of a list: 、, and 和 or 及 before its last.
var listSeparator = regexp.MustCompile(`、|和|及`)

// respectiveList is where the names end whose values a clause lists in the
// same order without 分别 ("孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率下降
// 至7.14/10万、1.71‰、2.84‰"): as many whole names (two characters or
// more) before the values as values, the value at v among them; -1 when the
// clause is no such list ("省、市、县级…达到1.3、1.15、1.1" names 市 alone).
func respectiveList(clause string, v int) int {
	for _, m := range listedValues.FindAllStringIndex(clause, -1) {
		if v < m[0] || v >= m[1] {
			continue
		}
		n := len(listSeparator.FindAllString(clause[m[0]:m[1]], -1)) + 1
		names := listSeparator.Split(clause[:m[0]], -1)
		if len(names) != n {
			return -1
		}
		for _, name := range names[1:] {
			if utf8.RuneCountInString(strings.TrimSpace(name)) < 2 {
				return -1
			}
		}
		return m[0]
	}
	return -1
}

// quoteLine is a numbered quote of an extractive answer: "2. “…” [3]".
var quoteLine = regexp.MustCompile(`^\d+\. (“.*)$`)

// yearWords are the years a quote dates itself by ("2024年").
var yearWords = regexp.MustCompile(`(?:19|20)\d\d年`)

// withoutNumberQuotes drops from an extractive answer the quotes that hold
// a number (a year is none), numbering the rest anew; ok is false when no
// quote is left.
func withoutNumberQuotes(text string) (string, bool) {
	var out []string
	n := 0
	for _, line := range strings.Split(text, "\n") {
		m := quoteLine.FindStringSubmatch(line)
		if m == nil {
			out = append(out, line)
			continue
		}
		if strings.ContainsAny(yearWords.ReplaceAllString(citationMarks.ReplaceAllString(line, ""), ""), "0123456789") {
			continue // a number; a year is none ("2024年,我局未收到…")
		}
		n++
		out = append(out, fmt.Sprintf("%d. %s", n, m[1]))
	}
	return strings.Join(out, "\n"), n > 0
}
