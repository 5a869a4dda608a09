package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Statistical tables copied from a PDF or a yearbook page as plain text
// line their columns up with runs of spaces:
//
//	17-6  卫生机构、床位和人员情况
//	         (2023) 单位:个、张、人
//	  机构数 床位数 人员数
//	卫生技术人员 其他技术人员 管理人员
//	一、医院          92        19833        17965
//	    综合医院      53         9955        10765
//
// A row is a name followed by as many numbers as most rows have; the words
// of the lines above the first row name the columns when there are as many
// of them; the caption's year dates the numbers. A row missing a cell (a
// blank left as spaces) cannot be placed and gives nothing.

// maxSpaceHeaderLines is how many lines above the first row may hold the
// column names, its cells wrapped over several ("医师人均 / 每日担负 / 诊疗人次").
const maxSpaceHeaderLines = 16

// wrapsCell reports whether a header line's last cell goes on in the next
// line: the copy kept the space that ended the cell's first part.
func wrapsCell(line string) bool {
	return strings.HasSuffix(line, " ") && !strings.HasSuffix(line, "  ") && strings.TrimSpace(line) != ""
}

// maxCaptionLines is how many lines above the header a caption's year
// may stand.
const maxCaptionLines = 3

// rowMarker is an outline number before a row's name: "一、医院", "一.医院",
// "1.医院".
var rowMarker = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|[0-9]{1,2}[.、．])`)

// captionUnits is a caption's list of units: "单位:个、张、人".
var captionUnits = regexp.MustCompile(`单位\s*[:：]\s*((?:[^\s、，,;；()（）]{1,3}、)*[^\s、，,;；()（）]{1,3})`)

// captionYear is a table caption's year: "(2023)", "（2023年）", "2023年".
var captionYear = regexp.MustCompile(`[（(]\s*((?:19|20)\d\d)\s*年?\s*[)）]|((?:19|20)\d\d)\s*年`)

// spaceToken is a whitespace-separated word of a line and where it is.
type spaceToken struct {
	text string
	span Span
}

// spaceTokens splits a line into its words with their spans.
func spaceTokens(work string, l Span) []spaceToken {
	var out []spaceToken
	s := work[l.Start:l.End]
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpaceRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isSpaceRune(r) {
				break
			}
			j += n
		}
		out = append(out, spaceToken{text: s[i:j], span: Span{l.Start + i, l.Start + j}})
		i = j
	}
	return out
}

// isSpaceRune reports whether r separates the words of an aligned line.
func isSpaceRune(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

// spaceRow reads an aligned line as a row: its name (the words before its
// numbers, "" for none) and its trailing numbers; ok is false for a line
// that is prose, a bar-separated row or has fewer than two numbers.
func spaceRow(work string, l Span) (name []spaceToken, values []spaceToken, ok bool) {
	return alignedRow(work, l, 2)
}

// columnLetter is the letter a form gives a column to refer to it in
// formulas: "(A)", "（B/A）".
var columnLetter = regexp.MustCompile(`[（(][A-Z](?:/[A-Z])?[)）]$`)

// minSingleSpacedValues is how many numbers a row whose columns are one
// space apart needs.
const minSingleSpacedValues = 3

// alignedRow is spaceRow with at least minValues numbers.
func alignedRow(work string, l Span, minValues int) (name []spaceToken, values []spaceToken, ok bool) {
	s := work[l.Start:l.End]
	if strings.ContainsAny(thousandsSeparator.ReplaceAllString(s, ""), "|｜，。；,;") {
		return nil, nil, false
	}
	aligned := strings.Contains(s, "  ") || strings.Contains(s, "\t")
	toks := spaceTokens(work, l)
	k := len(toks)
	for k > 0 && isValueCell(toks[k-1].text) {
		k--
	}
	if k >= 2 && serialNumber.MatchString(toks[0].text) {
		toks = toks[1:] // "1 柳江区妇幼保健院 111,415 …": the row's number
		k--
	}
	if !aligned && k >= 2 && k <= maxUnitRowNames && rowUnits[toks[k-1].text] {
		// "孕产妇免费产前筛查 人次 2800 2539 90.7%", a progress table's
		// row: its name (after a category), its unit, then its numbers.
		aligned = true
	}
	if !aligned && k >= 2 && spacedOutName(toks[:k]) {
		aligned = true // "4.死 亡 24378 21415 …": one name, its characters spaced out
	}
	if len(toks)-k < minValues || !aligned && (len(toks)-k < minSingleSpacedValues || k != 1) {
		// Columns one space apart: a name and three numbers or more
		// ("地方资金 1858.24 1858.24 100%"), nothing that reads as prose.
		return nil, nil, false
	}
	for i, t := range toks[:k] {
		word := t.text
		if i == 0 {
			word = rowMarker.ReplaceAllString(word, "") // "1.治 愈": the outline number is no value
		}
		if isValueCell(word) {
			return nil, nil, false // numbers among the words: not a row
		}
	}
	return toks[:k], toks[k:], true
}

// spacedOutName reports whether a row's name words are the characters of
// one name spaced out, after the row's outline number: "4.死 亡", "浙 江".
func spacedOutName(words []spaceToken) bool {
	for i, w := range words {
		t := w.text
		if i == 0 {
			t = rowMarker.ReplaceAllString(t, "")
		}
		if utf8.RuneCountInString(t) != 1 || isValueCell(t) {
			return false
		}
	}
	return true
}

// rowUnits are the units a table's 单位 column gives a row.
var rowUnits = map[string]bool{"人次": true, "人": true, "个": true, "家": true, "所": true, "张": true, "例": true, "元": true, "万元": true,
	"次": true, "台": true, "项": true, "户": true, "名": true, "剂次": true, "份": true, "场": true, "间": true, "平方米": true, "%": true,
	// A yearbook's: "诊疗人次数 万人次 8158.6 7765.5 …", "出院者占用总床日数 万床日 …".
	"万人次": true, "万人": true, "万床日": true, "床日": true, "亿元": true, "天": true, "日": true, "‰": true, "岁": true}

// maxUnitRowNames bounds the words before a row's unit: a category, the
// row's name, the unit.
const maxUnitRowNames = 3

// thousandsSeparator is a comma between digits ("111,415"), no clause's.
var thousandsSeparator = regexp.MustCompile(`(\d),(\d{3})`)

// serialNumber is a row's number before its name.
var serialNumber = regexp.MustCompile(`^[0-9]{1,3}$`)

// serialHeads head the column of the rows' numbers.
var serialHeads = []string{"序号", "编号", "序"}

// spaceTables finds the space-aligned tables among a section's lines.
func spaceTables(work string, body []Span) []textTable {
	var out []textTable
	for i := 0; i < len(body); i++ {
		if _, _, ok := spaceRow(work, body[i]); !ok {
			continue
		}
		j := i
		widths := map[int]int{}
		for j < len(body) {
			if _, v, ok := spaceRow(work, body[j]); ok {
				widths[len(v)]++
				j++
				continue
			}
			if _, _, short := alignedRow(work, body[j], 1); short {
				j++ // a row missing cells: in the table, read as nothing
				continue
			}
			if translationLine(work[body[j].Start:body[j].End]) && j+1 < len(body) {
				j++ // a yearbook's English name of the row above
				continue
			}
			// A name alone ("民族医院"), its cells left blank.
			if s := strings.TrimSpace(work[body[j].Start:body[j].End]); s != "" && utf8.RuneCountInString(s) <= maxTableHeadRunes && !containsSentenceEnd(s) && j+1 < len(body) {
				if _, _, next := spaceRow(work, body[j+1]); next {
					j++
					continue
				}
			}
			break
		}
		width, most := 0, 0
		for w, n := range widths {
			if n > most || n == most && w > width {
				width, most = w, n
			}
		}
		if most >= minPipeRows {
			if t, ok := readSpaceTable(work, body, i, j, width); ok {
				out = append(out, t)
			}
		}
		i = j - 1
	}
	return out
}

// readSpaceTable reads the table whose rows are body[from:to], width
// numbers each, naming its columns from the lines above.
func readSpaceTable(work string, body []Span, from, to, width int) (textTable, bool) {
	var heads []string
	firstLine := 0 // how many of heads the header's first line gives
	top := from    // the first line of the header
	yearColumns := false
	if _, v, ok := spaceRow(work, body[from]); ok && len(v) == width && from+1 < to && spaceYearsRow(v) {
		yearColumns = true
		// "项   目 Item 2020 2021": the first row names the columns' years.
		for _, t := range v {
			heads = append(heads, t.text)
		}
		firstLine = len(heads)
		from++
	}
	// The header may be stacked: a line of the columns' names over a line
	// of the parts of the last ("机构数 床位数 人员数" over "卫生技术人员 …
	// 工勤人员"); lines are read upwards until they name every column.
	for k := from - 1; k >= 0 && from-k <= maxSpaceHeaderLines && len(heads) < width; k-- {
		line := strings.TrimSpace(work[body[k].Start:body[k].End])
		if translationLine(line) {
			continue // "Item Health Service Stations in Communities …" under the Chinese header
		}
		if n := trailingValues(work, body[k]); n >= minUnreadRowValues && !trailingYears(work, body[k], n) {
			continue // a row this table cannot read ("1 增加…学位 提高…至95%以上 600 600 100%"), no header
		}
		if line == "" || captionYear.MatchString(line) && len(captionYear.FindAllString(line, 3)) < 2 || strings.Contains(line, "单位") && !isUnitColumnHead(line) || strings.Contains(line, "表") || containsSentenceEnd(line) || strings.ContainsAny(line, "，,；;|｜") {
			break
		}
		var words []string
		for _, t := range spaceTokens(work, body[k]) {
			words = append(words, splitGluedYears(t.text)...)
		}
		if len(words) > 0 && len(heads) > 0 && wrapsCell(work[body[k].Start:body[k].End]) {
			// "出院病人 " over "病死率(%)": a header cell wrapped onto
			// the next line is one name.
			heads[0] = words[len(words)-1] + heads[0]
			words = words[:len(words)-1]
		}
		heads = append(words, heads...)
		firstLine = len(words)
		top = k
	}
	unitColumn := false
	if len(heads) > width+1 {
		if cols, ok := afterUnitColumn(heads, width); ok {
			// "序 号 考核指标 单位 工作目标 已完成数 占比 备 注": the
			// columns after 单位 hold the numbers; the row gives its unit.
			heads, unitColumn = cols, true
			firstLine = 0
		}
	}
	if n := len(heads); n > width && distinctYears(heads[n-width:]) == width {
		// "项    目 单 位 1990年 1995年 …": a yearbook's header, the names
		// of its first columns spaced out, then the years of the columns
		// of numbers; a 单位 among the first gives each row its unit.
		lead := strings.Join(heads[:n-width], "")
		heads, firstLine, yearColumns = heads[n-width:], 0, true
		unitColumn = unitColumn || strings.Contains(lead, "单位")
	}
	rowHeadUnit := ""
	if len(heads) == width+2 && slices.Contains(serialHeads, heads[0]) {
		heads = heads[1:] // "序号 机构名称 …": the rows' numbers are read apart
		firstLine--
	}
	switch len(heads) {
	case width:
	case width + 1:
		// The head of the row names ("指标"); its unit ("项目资金(万元)")
		// is the values' that give none.
		if u := headUnitIndex(heads[0]); u != nil {
			rowHeadUnit = unitOf(heads[0], u)
		}
		heads = heads[1:]
		firstLine--
	default:
		en := englishHeads(work, body, from, width)
		if en == nil {
			return textTable{}, false
		}
		heads, firstLine = en, 0
	}
	for c, h := range heads {
		// "全年预算数(A)", "执行率(B/A)": a column's letter names no unit.
		heads[c] = columnLetter.ReplaceAllString(h, "")
		if rowHeadUnit != "" && headUnitIndex(heads[c]) == nil && !strings.HasSuffix(heads[c], "率") {
			heads[c] += "（" + rowHeadUnit + "）"
		}
	}
	t := textTable{lines: body[top:to]}
	var units []string
	for c := top - 1; c >= 0 && c >= top-maxCaptionLines; c-- {
		line := work[body[c].Start:body[c].End]
		if m := captionYear.FindStringSubmatch(line); m != nil && t.year == 0 {
			t.year, _ = strconv.Atoi(m[1] + m[2])
		}
		if m := captionUnits.FindStringSubmatch(line); m != nil && units == nil {
			units = strings.Split(m[1], "、")
		}
	}
	for c, h := range heads {
		if headUnitIndex(h) != nil {
			continue
		}
		// "单位:个、张、人": one unit for every column, or one for each
		// column of the header's first line, its last for the parts below.
		switch {
		case len(units) == 1:
			heads[c] = h + "（" + units[0] + "）"
		case len(units) > 1 && len(units) == firstLine:
			heads[c] = h + "（" + units[min(c, len(units)-1)] + "）"
		}
	}
	unitAbove, unitIndent := "", 0 // the unit a row's name gives, and how deep that row is set
	for i, l := range body[from:to] {
		name, values, ok := spaceRow(work, l)
		if !ok || len(values) != width {
			continue // a row missing a cell
		}
		if len(name) == 0 {
			if i > 0 {
				continue // numbers with no name among the rows
			}
			// The first row under the header, its name ("总计") lost in the
			// copy: the table's total, labelled by its columns alone, or
			// when they are years by what the caption counts ("18-4 各类卫
			// 生技术人员数").
			at := Span{values[0].span.Start, values[0].span.Start}
			row := []tableCell{{span: at}}
			if yearColumns {
				row[0].text = captionTitle(work, body, top)
			}
			for c, v := range values {
				row = append(row, tableCell{head: heads[c], text: v.text, span: v.span})
			}
			t.rows = append(t.rows, row)
			continue
		}
		rowUnit := ""
		if unitColumn && len(name) >= 2 && rowUnits[name[len(name)-1].text] {
			rowUnit = name[len(name)-1].text
			name = name[len(name)-2 : len(name)-1] // the row's own name, not its category
		}
		var label []string
		for _, w := range name {
			if hasHan(w.text) || !hasHanToken(name) {
				label = append(label, w.text) // a yearbook's English name beside the Chinese one is left out
			}
		}
		head := rowMarker.ReplaceAllString(strings.Join(label, ""), "") // "一、医院"
		head = strings.TrimLeft(head, "#＃")                             // "#执业医师": a yearbook's mark of a part
		indent := name[0].span.Start - l.Start
		partUnit := "" // the unit of the row this one is a part of
		if u := headUnitIndex(head); u != nil {
			unitAbove, unitIndent = unitOf(head, u), indent
		} else if unitAbove != "" && indent > unitIndent {
			// "  卫生技术人员数(人)" over "    执业医师": a part, set
			// deeper, is counted in the unit of the row it is part of.
			partUnit = unitAbove
		} else {
			unitAbove = ""
		}
		head = strings.TrimRight(head, ":：") // "年度资金总额:"
		row := []tableCell{{text: head, span: Span{name[0].span.Start, name[len(name)-1].span.End}}}
		for c, v := range values {
			h := heads[c]
			if partUnit != "" && headUnitIndex(h) == nil {
				h += "（" + partUnit + "）"
			}
			if rowUnit != "" && headUnitIndex(h) == nil && !strings.HasSuffix(v.text, "%") {
				h += "（" + rowUnit + "）" // the row's 单位 cell
			}
			row = append(row, tableCell{head: h, text: v.text, span: v.span})
		}
		t.rows = append(t.rows, row)
	}
	return t, len(t.rows) > 0
}

// spaceYearsRow reports whether a row's numbers are all years, each once.
func spaceYearsRow(values []spaceToken) bool {
	texts := make([]string, len(values))
	for i, v := range values {
		texts[i] = v.text
	}
	return distinctYears(texts) > 1
}

// hasHanToken reports whether any of a row name's words holds a Han
// character.
func hasHanToken(name []spaceToken) bool {
	for _, w := range name {
		if hasHan(w.text) {
			return true
		}
	}
	return false
}

// translationLine reports whether a line is a yearbook's English
// translation of the line above ("Number of Institutions(unit)",
// "Chartered Doctors"): Latin letters, no Han character and no number.
func translationLine(line string) bool {
	letters := 0
	for _, r := range line {
		switch {
		case r >= '0' && r <= '9', r >= 0x4e00 && r <= 0x9fff:
			return false
		case r >= 'A' && r <= 'Z', r >= 'a' && r <= 'z':
			letters++
		}
	}
	return letters >= 3
}

// captionNumbered is a yearbook table's caption: its number, then what it
// counts ("18-4 各类卫生技术人员数", "表3 卫生机构数(2023年)").
var captionNumbered = regexp.MustCompile(`^\s*(?:表\s*[0-9]{1,2}(?:\s*[-－—–.．]\s*[0-9]{1,2})?|[0-9]{1,2}\s*[-－—–]\s*[0-9]{1,2})\s*(\p{Han}[^()（）\s]{1,20})`)

// captionTitle is what the caption above line top says the table counts,
// "" when no numbered caption stands there.
func captionTitle(work string, body []Span, top int) string {
	for c := top - 1; c >= 0 && c >= top-maxCaptionLines; c-- {
		if t := captionCounts(work[body[c].Start:body[c].End]); t != "" {
			return t
		}
	}
	return ""
}

// captionCounts is what a numbered caption says its table counts
// ("各类卫生技术人员数" of "18-4 各类卫生技术人员数"), "" for a line that is
// none.
func captionCounts(line string) string {
	if m := captionNumbered.FindStringSubmatch(line); m != nil {
		return m[1]
	}
	return ""
}

// afterUnitColumn reads a header with a 单位 column: the width names after
// it, a 备注 at the end left out ("序 号 考核指标 单位 工作目标 已完成数 占比
// 备 注"). ok is false when the header has no 单位 or other than width
// names after it.
func afterUnitColumn(heads []string, width int) ([]string, bool) {
	at := slices.Index(heads, "单位")
	if at < 0 {
		return nil, false
	}
	cols := slices.Clone(heads[at+1:])
	if n := len(cols); n >= 1 && cols[n-1] == "备注" {
		cols = cols[:n-1]
	} else if n >= 2 && cols[n-2] == "备" && cols[n-1] == "注" {
		cols = cols[:n-2]
	}
	if len(cols) != width {
		return nil, false
	}
	return cols, true
}

// minUnreadRowValues is how many numbers end a line above a table's rows
// that is a row of its own, not a line of the header.
const minUnreadRowValues = 2

// trailingValues counts the numbers a line ends with.
func trailingValues(work string, l Span) int {
	toks := spaceTokens(work, l)
	n := 0
	for n < len(toks) && isValueCell(toks[len(toks)-1-n].text) {
		n++
	}
	return n
}

// gluedYear is a year of a header, as normalising glues several together
// with the word before them ("单 位1990年1995年…").
var gluedYear = regexp.MustCompile(`(?:19|20)\d\d年`)

// splitGluedYears parts a header word holding several years into the word
// before them and each year ("位1990年1995年" → 位, 1990年, 1995年); any
// other word is itself.
func splitGluedYears(word string) []string {
	locs := gluedYear.FindAllStringIndex(word, -1)
	if len(locs) < 2 || locs[len(locs)-1][1] != len(word) {
		return []string{word}
	}
	var out []string
	if locs[0][0] > 0 {
		out = append(out, word[:locs[0][0]])
	}
	for i, l := range locs {
		if i > 0 && l[0] != locs[i-1][1] {
			return []string{word} // words between the years: no header of years
		}
		out = append(out, word[l[0]:l[1]])
	}
	return out
}

// trailingYears reports whether the n values a line ends with are years,
// each once: a header's years ("项 目 单 位 1990年 1995年 …"), no row.
func trailingYears(work string, l Span, n int) bool {
	toks := spaceTokens(work, l)
	texts := make([]string, 0, n)
	for _, t := range toks[len(toks)-n:] {
		texts = append(texts, t.text)
	}
	return distinctYears(texts) == n
}

// isUnitColumnHead reports whether a line names a 单位 column among others
// ("序 号 考核指标 单位 工作目标 已完成数 占比"), not a caption's units
// ("单位:个、张、人").
func isUnitColumnHead(line string) bool {
	return !captionUnits.MatchString(line) && slices.Contains(strings.Fields(line), "单位")
}
