package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/figures"
)

// Statistical tables copied from web pages arrive as a stream of cells cut
// by "|", with line breaks anywhere: one cell a line, a row a line, a
// header cell broken over two lines, English captions after the Chinese
// ones ("卫生机构 床位数 (张) Beds (unit) |"). Rows are found by their
// shape, a row header (a name or a year) followed by as many numbers as
// every other row, and the header cells before the first row name the
// columns.
//
// A yearbook header has two levels: the measures ("卫生机构床位数(张)")
// and, after all of them, the parts some include ("# 医院、卫生院": of
// which). Which measure each part belongs to is not written; it is the
// layout where every part's number is at most its measure's in every row.
// A column no layout settles gets no figure.

// pipeCell is one cell of a cell stream: its text with line breaks and the
// spaces between Chinese characters removed, and where it stands.
type pipeCell struct {
	text string
	span Span
	// english: the cell holds only an English caption (isEnglishCaption),
	// a blank where header rows are aligned and left out of rows.
	english bool
	// line counts the line breaks before the cell in its block: cells of
	// one line share it.
	line int
}

// maxCellLines is how many lines one cell of a stream may take.
const maxCellLines = 3

// minPipeRows is how many rows of the same shape make a table.
const minPipeRows = 2

// maxPipeParents bounds the measures whose parts are laid out by search.
const maxPipeParents = 8

// pipeTables finds the cell-stream tables among a section's lines.
func pipeTables(work string, body []Span) []textTable {
	var out []textTable
	for i := 0; i < len(body); i++ {
		if !strings.ContainsAny(work[body[i].Start:body[i].End], "|｜") {
			continue
		}
		start := i
		if i > 0 && isShortCell(work, body[i-1]) {
			start = i - 1 // the first cell stands before the first bar
		}
		j := i + 1
		for j < len(body) {
			if strings.ContainsAny(work[body[j].Start:body[j].End], "|｜") {
				j++
				continue
			}
			// A cell on lines of its own before the next bar.
			k := j
			for k < len(body) && k-j < maxCellLines && isShortCell(work, body[k]) && !strings.ContainsAny(work[body[k].Start:body[k].End], "|｜") {
				k++
			}
			if k == j || k >= len(body) || !strings.ContainsAny(work[body[k].Start:body[k].End], "|｜") {
				break
			}
			j = k + 1
		}
		block := body[start:j]
		if t, ok := readPipeTable(work, block); ok {
			out = append(out, t)
		}
		i = j - 1
	}
	return out
}

// isShortCell reports whether a line could be one cell of a stream, or
// the English caption in one ("Traditional Chinese Medicine").
func isShortCell(work string, l Span) bool {
	s := strings.TrimSpace(work[l.Start:l.End])
	return s != "" && (utf8.RuneCountInString(s) <= maxTableHeadRunes || isEnglishCaption(s) && len(s) <= maxEnglishCaptionBytes) && !containsSentenceEnd(s)
}

// maxEnglishCaptionBytes bounds the English caption of one cell.
const maxEnglishCaptionBytes = 80

// splitPipeCells cuts a block of lines into its cells, empty ones kept
// (text "", a blank value in a row), English captions standing in cells of
// their own ("Total Hospitals", "Planned beds") marked.
func splitPipeCells(work string, block []Span) []pipeCell {
	var cells []pipeCell
	from, to := block[0].Start, block[len(block)-1].End
	start := from
	flush := func(end int) {
		sp := trimSpan(work, Span{start, end})
		t := squeezeCell(work[sp.Start:sp.End])
		cells = append(cells, pipeCell{text: t, span: sp, english: isEnglishCaption(t), line: strings.Count(work[from:sp.Start], "\n")})
	}
	for i, r := range work[from:to] {
		if r == '|' || r == '｜' {
			flush(from + i)
			start = from + i + utf8.RuneLen(r)
		}
	}
	flush(to)
	return cells
}

// isEnglishCaption reports whether a cell holds English words and no
// Chinese: a bilingual table's translation of the cell before ("Total",
// "Patients Treated (10000 person-times)").
func isEnglishCaption(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			return false
		case r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z':
			letters++
		}
	}
	return letters >= minCaptionLetters || letters > 0 && letters == countLetters(s) && !strings.ContainsAny(s, "0123456789")
}

// minCaptionLetters is how many Latin letters make a cell with digits an
// English caption rather than a value with a unit ("5ml").
const minCaptionLetters = 4

// countLetters counts the letters and digits of s.
func countLetters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// squeezeCell joins a cell broken over lines and drops an English caption
// after Chinese text ("年 份 Year" is 年份).
func squeezeCell(s string) string {
	var b strings.Builder
	seenHan := false
	rs := []rune(strings.TrimSpace(s))
	for i, r := range rs {
		if unicode.Is(unicode.Han, r) {
			seenHan = true
		}
		if seenHan && (r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			break
		}
		if unicode.IsSpace(r) {
			// Spaces go between Chinese characters only when they part
			// Latin words or numbers.
			prev, next := rune(0), rune(0)
			if b.Len() > 0 {
				prev, _ = utf8.DecodeLastRuneInString(b.String())
			}
			if i+1 < len(rs) {
				next = rs[i+1]
			}
			if prev == 0 || unicode.IsSpace(next) || unicode.Is(unicode.Han, prev) || unicode.Is(unicode.Han, next) || next == '(' || next == '（' {
				continue
			}
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}

// readPipeTable reads the rows and header of one cell stream. Rows are
// headed by names ("中医院 | 38 | 8126 …"), by years ("2010 | 2687 |
// 438 …") or by their numbers in a report form (serialrows.go), and a
// number may look like a year (1938 beds): every reading is tried and the
// one that finds the most rows wins.
func readPipeTable(work string, block []Span) (textTable, bool) {
	all := splitPipeCells(work, block)
	var cells []pipeCell
	for _, c := range all {
		if !c.english {
			cells = append(cells, c)
		}
	}
	if rest, noted := withoutNoteColumn(cells); noted {
		// A note column in words would misalign the rows: read without it
		// and without its head.
		kept := slices.DeleteFunc(slices.Clone(all), func(c pipeCell) bool {
			return slices.Contains(noteColumnHeads, strings.TrimSpace(c.text))
		})
		if a, ok := readPipeCells(rest, kept); ok {
			a.lines = block
			return a, true
		}
	}
	a, ok := readPipeCells(cells, all)
	if !ok {
		// Rows with a unit column between their names and values.
		if rest, units := withoutUnitColumn(cells); units != nil {
			if a, ok = readPipeCells(rest, all); !ok {
				// One value column, headed by the name after 单位.
				heads := slices.DeleteFunc(slices.Clone(all), func(c pipeCell) bool { return slices.Contains(unitColumnHeads, c.text) })
				if a, ok = readPipeRowsOf(rest, heads, false, 1); ok {
					for _, row := range a.rows {
						if slices.Contains(quantityHeads, row[1].head) {
							row[1].head = "" // "指标数据": the rows' own values
						}
					}
				}
			}
			if ok {
				withRowUnits(&a, units)
			}
		}
	}
	a.lines = block
	return a, ok
}

// readPipeCells reads a stream's cells every way it may be laid out and
// keeps the reading that finds the most rows.
func readPipeCells(cells, all []pipeCell) (textTable, bool) {
	a, okA := readPipeRows(cells, all, false)
	b, okB := readPipeRows(cells, all, true)
	if okB && (!okA || len(b.rows) > len(a.rows)) {
		a, okA = b, okB
	}
	if c, okC := readSerialRows(cells); okC && (!okA || len(c.rows) > len(a.rows)) {
		a, okA = c, okC
	}
	if !okA {
		a, okA = readPairRows(cells)
	}
	return a, okA
}

// isValueCell reports whether a stream cell holds one number.
func isValueCell(s string) bool {
	_, ok := parseCell(s)
	return ok
}

// cellYear returns the year a cell holds alone, or 0.
func cellYear(s string) int {
	y, _ := isYearText(s)
	return y
}

// readPipeRows reads a cell stream's rows headed by names, or, with
// yearHeads, by years that follow one another; cells are the stream
// without its English captions, all the stream whole (for the header).
func readPipeRows(cells, all []pipeCell, yearHeads bool) (textTable, bool) {
	return readPipeRowsOf(cells, all, yearHeads, 2)
}

// readPipeRowsOf is readPipeRows for rows of at least minWidth values: 1
// where a unit column shows the stream is a table of one value column
// ("一、参保人数 | 人 | 714699").
func readPipeRowsOf(cells, all []pipeCell, yearHeads bool, minWidth int) (textTable, bool) {
	isHead := func(s string) bool { return s != "" && (!isValueCell(s) || cellYear(s) > 0 && yearHeads) }
	if !yearHeads {
		isHead = func(s string) bool { return s != "" && !isValueCell(s) }
	}
	first, width := -1, 0
	for i := 0; i+2 < len(cells) && first < 0; i++ {
		if !isHead(cells[i].text) || yearHeads && cellYear(cells[i].text) == 0 {
			continue
		}
		for n := 0; i+1+n < len(cells) && isValueCell(cells[i+1+n].text); n++ {
			if !yearHeads {
				if i+2+n >= len(cells) || !isValueCell(cells[i+2+n].text) {
					if n+1 >= minWidth {
						first, width = i, n+1
					}
					break
				}
				continue
			}
			// The next row's year ends this row: the smallest width
			// after which a year follows the first one.
			if next := i + 2 + n; n >= 1 && next < len(cells) && nextYear(cells[i].text, cells[next].text) {
				first, width = i, n+1
				break
			}
		}
	}
	if first < 0 {
		return textTable{}, false
	}
	serial := !yearHeads && width > minWidth && first > 0 && nextSerial(cells[first-1].text, cells[first+width].text)
	if serial {
		width-- // "1 | 市直机构 | 285051.58 | … | 3929.07 | 2 | 古城区": the next row's number
	}
	var rows [][]pipeCell
	for i := first; ; i += width + 1 {
		for i < len(cells) && cells[i].text == "" {
			i++ // a bar at the start of a row's line
		}
		if serial && len(rows) > 0 && i+1 < len(cells) && isSerialCell(cells[i].text) {
			i++ // the row's number
			for i < len(cells) && cells[i].text == "" {
				i++
			}
		}
		if len(rows) > 0 {
			i = pastGroupRow(cells, i, width, isHead)
		}
		if i+width >= len(cells) || !isHead(cells[i].text) || yearHeads && len(rows) > 0 && !nextYear(rows[len(rows)-1][0].text, cells[i].text) {
			break
		}
		ok, values := true, 0
		for _, c := range cells[i+1 : i+1+width] {
			switch {
			case c.text == "":
				// A blank cell: no value in that column.
			case isValueCell(c.text) || ratioValue.MatchString(c.text):
				// "床医比 | 1:0.41": a ratio, no figure, but the row's.
				values++
			default:
				ok = false
			}
		}
		if !ok || values == 0 {
			break
		}
		rows = append(rows, cells[i:i+1+width])
	}
	if !yearHeads && len(rows) > minPipeRows && yearsRow(rows[0]) {
		// "健康指标 | 2007 | 2012": the first row names the columns' years.
		rows = rows[1:]
	}
	if len(rows) < minPipeRows {
		return textTable{}, false
	}
	var header []pipeCell // every cell above the first row, English ones too
	for _, c := range all {
		if c.span.Start >= rows[0][0].span.Start || serial && c.span.Start >= cells[first-1].span.Start {
			break
		}
		header = append(header, c)
	}
	if k := lastFilled(header); k >= 0 && header[k].line == rows[0][0].line && !isValueCell(header[k].text) {
		// "| 资源配置 | 门诊人次 | 234663 |": the group the first row opens,
		// no column's name.
		header = header[:k]
	}
	heads := pipeColumnHeads(header, rows, width)
	if heads == nil {
		return textTable{}, false
	}
	var t textTable
	for _, r := range rows {
		row := []tableCell{{text: r[0].text, span: r[0].span}}
		for k, c := range r[1:] {
			row = append(row, tableCell{head: heads[k], text: c.text, span: c.span})
		}
		t.rows = append(t.rows, row)
	}
	return t, true
}

// ratioValue is a cell holding a ratio, maybe worked out: "1:0.41",
// "63/85=1:1.35".
var ratioValue = regexp.MustCompile(`^(?:\d+/\d+=)?\d+(?:\.\d+)?[:：]\d+(?:\.\d+)?$`)

// lastFilled is the index of the last cell with text, -1 when none has.
func lastFilled(cells []pipeCell) int {
	for k := len(cells) - 1; k >= 0; k-- {
		if cells[k].text != "" {
			return k
		}
	}
	return -1
}

// pastGroupRow skips a row that names a group of the rows under it and
// has no cells of its own ("资源指标 |"), or the group's name written
// before its first row's ("病毒性肝炎分型 | 甲肝 | 7 | 0"), returning where
// the next row starts; i when the row at i is no such row.
func pastGroupRow(cells []pipeCell, i, width int, isHead func(string) bool) int {
	if i >= len(cells) || !isHead(cells[i].text) {
		return i
	}
	j := i + 1
	for j < len(cells) && cells[j].text == "" {
		j++
	}
	if j == i+1 && j+1 < len(cells) && isHead(cells[j].text) && hasHan(cells[j].text) && !bareUnits[cells[j].text] && isValueCell(cells[j+1].text) {
		// "病毒性肝炎分型 | 甲肝 | 7 | 0": the group's name in a cell
		// spanning its rows, on the line of its first row.
		return j
	}
	if j == i+1 || j >= len(cells) || j-i-1 >= width && cells[j].line == cells[i].line || !isHead(cells[j].text) || j+1 >= len(cells) || !isValueCell(cells[j+1].text) {
		return i // a group row's blank cells run to its line's end ("| 按医院等级分 | | | |")
	}
	return j
}

// yearsRow reports whether a row's values are all years, each once: a
// header read as a row.
func yearsRow(row []pipeCell) bool {
	texts := make([]string, 0, len(row)-1)
	for _, c := range row[1:] {
		texts = append(texts, c.text)
	}
	return distinctYears(texts) > 0
}

// distinctYears is how many years the cells name when every one names a
// different year, else 0.
func distinctYears(cells []string) int {
	seen := map[int]bool{}
	for _, c := range cells {
		y := cellYear(c)
		if y == 0 || seen[y] {
			return 0
		}
		seen[y] = true
	}
	return len(seen)
}

// maxYearStep is the largest gap between the years of two rows.
const maxYearStep = 5

// nextYear reports whether b is a year that can follow a in a table's
// rows: close to it, in either order.
func nextYear(a, b string) bool {
	ya, yb := cellYear(a), cellYear(b)
	d := yb - ya
	return ya > 0 && yb > 0 && d != 0 && d >= -maxYearStep && d <= maxYearStep
}

// pipeColumnHeads names the value columns from the header cells above the
// first row; "" for a column none names surely. It returns nil when the
// header does not fit the rows. A caption's one unit ("单位:人") goes to
// the columns that give none.
func pipeColumnHeads(all []pipeCell, rows [][]pipeCell, width int) []string {
	var header []pipeCell
	for _, c := range all {
		if c.text != "" && !c.english {
			header = append(header, c)
		}
	}
	var heads []string
	if len(header) > width+1 {
		heads = spanningHeads(all, width)
	}
	if heads == nil {
		heads = columnHeads(header, rows, width)
	}
	if heads == nil {
		heads = gridHeads(all, width)
	}
	if heads == nil {
		// No reading fits: the units may stand on lines of their own.
		if joined := joinedUnitHeads(header); len(joined) < len(header) {
			heads = columnHeads(joined, rows, width)
		}
	}
	unit := ""
	for _, h := range header {
		if m := captionUnits.FindStringSubmatch(h.text); m != nil && isCaptionCell(h.text) && !strings.Contains(m[1], "、") && isUnitText(m[1]) {
			unit = m[1]
		}
	}
	for i, h := range heads {
		if unit != "" && h != "" && headUnitIndex(h) == nil {
			heads[i] = h + "（" + unit + "）"
		}
	}
	return heads
}

// joinedUnitHeads puts back on a column's name the unit a yearbook
// writes on a line of its own under it ("平均开放床位数" then "(张)",
// "病床使用率" then "%"), and joins a name broken before its unit
// ("出院者平均" then "住院日(日)") where the other names end in theirs.
func joinedUnitHeads(header []pipeCell) []pipeCell {
	var out []pipeCell
	for _, c := range header {
		if n := len(out); n > 0 && unitOnlyCell(c.text) && !isCaptionCell(out[n-1].text) {
			out[n-1].text += c.text
			continue
		}
		out = append(out, c)
	}
	withUnit := 0
	for _, c := range out {
		if headUnitIndex(c.text) != nil {
			withUnit++
		}
	}
	for i := 0; i+1 < len(out); i++ {
		c := out[i]
		if withUnit >= minUnitHeads && headUnitIndex(c.text) == nil && headUnitIndex(out[i+1].text) != nil &&
			!isCaptionCell(c.text) && !isRowHeadLabel(c.text) {
			out[i+1].text = c.text + out[i+1].text
			out = slices.Delete(out, i, i+1)
		}
	}
	return out
}

// minUnitHeads is how many column names must end in their unit for a name
// without one to be read as broken before it.
const minUnitHeads = 3

// unitOnlyCell reports whether a header cell holds only a unit, bracketed
// or not: "(张)", "（次）", "%".
func unitOnlyCell(s string) bool {
	inner := strings.TrimSpace(strings.Trim(strings.TrimSpace(s), "()（）"))
	return inner != "" && isUnitText(inner)
}

// columnHeads is pipeColumnHeads without the caption's unit.
func columnHeads(header []pipeCell, rows [][]pipeCell, width int) []string {
	// Captions above the header: "表14—16 各类医院基本情况(2020年)",
	// "Statistics on Public Health, 1995-2010".
	for len(header) > width+1 && isCaptionCell(header[0].text) {
		header = header[1:]
	}
	if n := len(header); n > width+1 && isRowHeadLabel(header[n-width-1].text) {
		// "一级指标 | 二级指标 | 晋江市医院 | …": after the row names' label,
		// the columns.
		return cellTexts(header[n-width:])
	}
	var parents, parts []string
	partsAfter := true // every part follows every measure
	for _, h := range header {
		t := h.text
		if rest, ok := cutPartMark(t); ok {
			parts = append(parts, rest)
			continue
		}
		if len(parts) > 0 {
			partsAfter = false
		}
		parents = append(parents, t)
	}
	switch {
	case len(parents)+len(parts) == width+1 && len(parents) > 0:
		parents = parents[1:] // the head of the row headers ("指标", "年份")
	case len(parents)+len(parts) != width:
		if heads := groupHeads(header, width); heads != nil {
			return heads
		}
		return stackedHeads(header, width)
	}
	if len(parts) == 0 || !partsAfter || len(parents) <= 1 {
		// A flat header, or parts already in their places.
		var flat []string
		for _, h := range header {
			t := h.text
			if rest, ok := cutPartMark(t); ok {
				t = ofWhichLabel(lastOf(flat), rest)
			}
			flat = append(flat, t)
		}
		return flat[len(flat)-width:]
	}
	return layoutParts(parents, parts, rows)
}

// captionYearCell is a cell holding only a year in brackets.
var captionYearCell = regexp.MustCompile(`^[（(]\s*(?:19|20)\d\d\s*年?\s*[)）]$`)

// isCaptionCell reports whether a cell above a table's header is its
// caption rather than a column's name.
func isCaptionCell(s string) bool {
	s = Simplify(s) // "單位:人、萬元"
	if captionYearCell.MatchString(s) {
		return true // "(2004年)", the table's year
	}
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return containsAny(s, []string{"表", "情况", "统计", "单位", "主要指标", "主要数据", "一览"})
		}
	}
	return true
}

// lastOf returns the last of ss, or "".
func lastOf(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[len(ss)-1]
}

// cutPartMark strips the mark of a part of a measure: "#", "其中：".
func cutPartMark(s string) (string, bool) {
	for _, m := range []string{"#", "＃", "其中:", "其中：", "其中"} {
		if rest, ok := strings.CutPrefix(s, m); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}

// ofWhichLabel names a part column by its measure: "卫生机构床位数：其中医院、卫生院(张)",
// the measure's unit last so that it is read as the column's unit.
func ofWhichLabel(parent, part string) string {
	if parent == "" {
		return part
	}
	name, unit := parent, ""
	if u := headUnitIndex(parent); u != nil {
		name, unit = strings.TrimSpace(parent[:u[0]]), parent[u[0]:]
	}
	return figures.PartLabel(name, part) + unit
}

// layoutParts places the parts after their measures: every way of giving
// each measure the next few parts is tried against the rows, and a column
// is named only where every layout that fits names it alike.
func layoutParts(parents, parts []string, rows [][]pipeCell) []string {
	if len(parents) > maxPipeParents {
		return nil
	}
	width := len(parents) + len(parts)
	var fits [][]string
	counts := make([]int, len(parents))
	var try func(p, left int)
	try = func(p, left int) {
		if p == len(parents)-1 {
			counts[p] = left
			if cols, ok := partLayout(parents, parts, counts, rows); ok {
				fits = append(fits, cols)
			}
			return
		}
		for n := 0; n <= left; n++ {
			counts[p] = n
			try(p+1, left-n)
		}
	}
	try(0, len(parts))
	if len(fits) == 0 {
		return nil
	}
	heads := make([]string, width)
	for k := range heads {
		heads[k] = fits[0][k]
		for _, f := range fits[1:] {
			if f[k] != heads[k] {
				heads[k] = ""
				break
			}
		}
	}
	return heads
}

// partLayout lays the columns out with counts[i] parts after measure i and
// reports whether every part's number is at most its measure's in every
// row.
func partLayout(parents, parts []string, counts []int, rows [][]pipeCell) ([]string, bool) {
	var cols []string
	owner := []int{} // for each column, the column of its measure (-1 for a measure)
	next := 0
	for i, p := range parents {
		at := len(cols)
		cols = append(cols, p)
		owner = append(owner, -1)
		for range counts[i] {
			cols = append(cols, ofWhichLabel(p, parts[next]))
			owner = append(owner, at)
			next++
		}
	}
	for _, r := range rows {
		vals := r[1:]
		for k, o := range owner {
			if o < 0 {
				continue
			}
			part, _ := parseCell(vals[k].text)
			whole, _ := parseCell(vals[o].text)
			if part.value > whole.value {
				return nil, false
			}
		}
	}
	return cols, true
}
