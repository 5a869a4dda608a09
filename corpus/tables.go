package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Tables reach the text as rows: .docx and .html tables with a header as
// "表头：值；表头：值" lines (see corpus/extract), tables without one as
// "a | b | c", and tables pasted into .txt files as TAB-separated lines.
// Every numeric cell of a row is a figure labelled by its row header and
// its column header, dated by a year either of them names.

// tableCell is one cell of a row and where its text is in the document.
type tableCell struct {
	head string // column header ("" when unknown)
	text string
	span Span
}

// maxTableHeadRunes: a column header is short; "a：b" with a long a is prose.
const maxTableHeadRunes = 24

// pairRow reads a "表头：值；表头：值" line. It needs two pairs or more.
func pairRow(work string, line Span) ([]tableCell, bool) {
	s := work[line.Start:line.End]
	if !strings.Contains(s, "；") {
		return nil, false
	}
	var cells []tableCell
	off := line.Start
	for _, part := range strings.Split(s, "；") {
		start := off
		off += len(part) + len("；")
		i := strings.Index(part, "：")
		if i < 0 {
			if strings.TrimSpace(part) == "" {
				continue
			}
			return nil, false
		}
		head := strings.TrimSpace(part[:i])
		if head == "" || utf8.RuneCountInString(head) > maxTableHeadRunes || containsSentenceEnd(head) || strings.ContainsAny(head, "，,") {
			return nil, false
		}
		vs := trimSpan(work, Span{start + i + len("："), start + len(part)})
		cells = append(cells, tableCell{head: head, text: work[vs.Start:vs.End], span: vs})
	}
	return cells, len(cells) >= 2
}

// splitRow reads a TAB- or " | "-separated line into cells.
func splitRow(work string, line Span) ([]tableCell, bool) {
	s := work[line.Start:line.End]
	sep := ""
	switch {
	case strings.Contains(s, "\t"):
		sep = "\t"
	case strings.Contains(s, " | "):
		sep = " | "
	default:
		return nil, false
	}
	// "规章 | 0 | 0 | 0 |": bars that close the row (or open it) hold no cell.
	if sep == " | " {
		lead := len(s) - len(strings.TrimLeft(s, " |"))
		s = strings.TrimRight(s[lead:], " |")
		line.Start += lead
	}
	var cells []tableCell
	off := line.Start
	for _, part := range strings.Split(s, sep) {
		cs := trimSpan(work, Span{off, off + len(part)})
		off += len(part) + len(sep)
		cells = append(cells, tableCell{text: work[cs.Start:cs.End], span: cs})
	}
	return cells, len(cells) >= 2
}

// cellNumber reads a cell that holds one number: "65.2%", "1,200", "约30万元",
// "≥95", a change against a year ("较2022年 下降3%") or bare ("减44" in a
// column "本年增/减"). unit is what follows the number.
var cellNumber = regexp.MustCompile(`^((?:较|比)\s*(?:(?:19|20)\d\d\s*年|上年|去年)\s*(?:下降|降低|减少|提高|增长|上升|提升)|(?:增加|减少|增长|下降|上升|增|减)|[<>≥≤≧≦＞＜约近超过不低于]*)\s*([-－−]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?)\s*([%‰％]|[^\s0-9０-９]{1,4})?$`)

// headUnit reads a unit given in a header: "床位数（张）", "金额(万元)", "率/%",
// "病床使用率%", "增长(%" (its bracket left open).
var headUnit = regexp.MustCompile(`[（(]\s*(?:单位[:：])?\s*([^（()）]{1,4})\s*[）)]\s*$|/\s*([%‰])\s*$|\p{Han}[（(]?([%‰％])\s*$`)

// footnoteMark is a note's number a table's name cell ends with: "肺结核8",
// "死亡数1" (or its stars, "死亡数**"); not one counted after 第, 前 … ("第1", "前3") nor a code
// ("H7N9").
var footnoteMark = regexp.MustCompile(`(\p{Han})[0-9]{1,2}$`)

// notFootnoteBefore are the runes after which a final number is counted,
// not a note's.
const notFootnoteBefore = "第前后近共至到约每"

// withoutFootnoteMark is a row's or column's name without the number of
// the note it refers to.
func withoutFootnoteMark(name string) string {
	name = strings.TrimRight(name, "*＊") // "死亡数**"
	m := footnoteMark.FindStringSubmatchIndex(name)
	if m == nil || strings.Contains(notFootnoteBefore, name[m[2]:m[3]]) {
		return name
	}
	return name[:m[3]]
}

// caseColumns head the columns of a notifiable-disease table that count
// cases, in 例 though the header gives no unit.
var caseColumns = []string{"发病数", "病例数", "发病例数", "报告病例"}

// yearBeforeMonth is a column's year written with no 年 before the month
// it closes at: "2020 3月底".
var yearBeforeMonth = regexp.MustCompile(`^((?:19|20)\d{2})\s+(\d{1,2}\s*月)`)

// isYearText reports whether s is only a year ("2023年", "2023", "2023年度").
func isYearText(s string) (int, bool) {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "度"), "年"))
	if len(s) != 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2100 {
		return 0, false
	}
	return y, true
}

// changeColumn heads a column of changes: "本年增/减", "本年增/" (its 减
// lost), "增减数", "变化量".
var changeColumn = regexp.MustCompile(`增\s*[/／]\s*减?$|增减(?:数|量|额)?$|变化(?:数|量)$`)

// yearColumn reports whether a column's header is a year ("2019",
// "2019年（人）").
func yearColumn(head string) bool {
	if u := headUnitIndex(head); u != nil {
		head = head[:u[0]]
	}
	_, ok := isYearText(head)
	return ok
}

// tableFigures turns the numeric cells of a row into figures. rowHead is
// the row's first cell; heads are the column headers by position (pair rows
// carry their own). It returns nil for a row with no numeric cell.
func tableFigures(work string, cells []tableCell, sec Section, rep *Report) []Figure {
	if len(cells) < 2 {
		return nil
	}
	rowHead := withoutFootnoteMark(joinSpacedName(strings.TrimSpace(rowMarker.ReplaceAllString(strings.TrimSpace(cells[0].text), ""))))
	if rowHead == "" && yearColumn(cells[1].head) {
		// A row whose name was lost (a yearbook table's total) under
		// columns of years: what the numbered caption heading the table
		// counts ("18-4 各类卫生技术人员数").
		rowHead = captionCounts(sec.Heading)
		if rowHead == "" && sec.Level == 0 {
			rowHead = captionCounts(rep.Title)
		}
	}
	if _, ok := parseCell(rowHead); ok {
		if _, year := isYearText(rowHead); !year {
			return nil // a row of numbers with no header names nothing
		}
	}
	if kind := captionKind(sec, rep); kind != "" {
		// "全 市 | 271 | 57455" under "表14—16 各类医院基本情况": the
		// city's hospitals, all of them, not the city's every bed.
		switch {
		case wholeRows[rowHead]:
			rowHead += kind
		case rowHead == "合计" || rowHead == "总计":
			rowHead = kind + rowHead
		}
	}
	// "其中:医院": a part of the row above, named by its own words.
	if rest, ok := strings.CutPrefix(rowHead, "其中"); ok && rest != "" {
		rowHead = strings.TrimLeft(rest, ":：, ，")
	}
	rowUnit := ""
	if u := headUnitIndex(rowHead); u != nil {
		rowUnit = unitOf(rowHead, u)
		rowHead = strings.TrimSpace(rowHead[:u[0]])
	}
	var out []Figure
	for _, c := range cells[1:] {
		text, noteYear := c.text, 0
		if n := cellNote.FindStringSubmatch(strings.TrimSpace(text)); n != nil {
			// "78.2(2021年)": the value of the year noted; "35(邵阳市)":
			// another place's, no figure of the row's; "12(个)": its unit;
			// "8.6(预计)": the value.
			switch y, isYear := isYearText(n[2]); {
			case isYear && y > 0:
				text, noteYear = n[1], y
			case deepestPlace(n[2]) != "":
				continue
			case bareUnits[n[2]]:
				text = n[1] + n[2]
			default:
				text = n[1]
			}
		}
		m, ok := parseCell(text)
		if !ok {
			continue
		}
		label, year := rowHead, 0
		head := withoutFootnoteMark(yearBeforeMonth.ReplaceAllString(strings.TrimSpace(c.head), "${1}年$2")) // "2020 3月底"
		if bareUnits[head] {
			// A unit cell read as a column's name ("%" of a 单位 column
			// whose blanks were dropped): the row is misread, no figure.
			continue
		}
		unit := m.unit
		if unit == "" {
			unit = rowUnit
		}
		if u := headUnitIndex(head); u != nil {
			if unit == "" {
				unit = unitOf(head, u)
			}
			head = strings.TrimSpace(head[:u[0]])
		}
		if unit == "" && m.unit == "" && containsAny(Simplify(head), caseColumns) && !strings.Contains(m.raw, ".") {
			unit = "例" // "发病数" of a bulletin's table counts cases
		}
		if y, ok := isYearText(head); ok {
			year = y
		} else if y, ok := isYearText(rowHead); ok {
			year, label = y, head
		} else if head != "" {
			// "2023年目标": the year goes to Year, the rest to the label.
			if ys := findYears(head); len(ys) > 0 && !ys[0].Template {
				year = ys[0].Year
				head = strings.TrimSpace(head[:ys[0].Start] + head[ys[0].End:])
			}
			if head != "" && !strings.Contains(label, head) {
				label = joinLabel(label, head)
			}
		}
		if !hasHan(label) {
			continue // "-", "/": no name for the number
		}
		qual := m.qual
		if changeColumn.MatchString(head) && label != rowHead {
			// "本年增/减": how much the row's count changed, not a count of
			// its own; "减44" says which way.
			label = rowHead
			if qual == "" {
				qual = "增减"
			}
		}
		fig := Figure{
			Label:     label,
			Raw:       m.raw,
			Value:     m.value,
			Unit:      unit,
			Qualifier: qual,
			Year:      year,
			Kind:      sec.Kind,
			Report:    rep.ID,
			Section:   sec.PathString(),
			Sentence:  strings.TrimSpace(work[cells[0].span.Start:cells[len(cells)-1].span.End]),
			Span:      c.span,
		}
		if fig.Year == 0 {
			fig.Year = sec.Year
		}
		if noteYear > 0 {
			fig.Year = noteYear
		}
		if containsAny(Simplify(c.head), []string{"目标", "计划", "预期"}) {
			fig.Target, fig.Kind = true, KindPlan
		} else if containsAny(Simplify(c.head), baseHeads) {
			// "基期水平" with no year: the level the targets start from,
			// reached in a year the table does not say.
			fig.Kind = KindSummary
			if year == 0 && noteYear == 0 {
				fig.Year = 0
			}
		} else if fig.Kind == KindPlan && year > 0 && (sec.Year > 0 && year < sec.Year || year < targetYear(cells)) {
			// "2020年" beside "2025年目标" in a plan: the base reached.
			fig.Kind = KindSummary
		}
		out = append(out, fig)
	}
	return out
}

// baseHeads name a column of base levels: "基期水平", "现状值".
var baseHeads = []string{"基期", "基线", "现状", "基数", "基准"}

// cellNote is a value cell with a note in brackets after its number: the
// year it is of ("78.2(2021年)") or the place ("35(邵阳市)").
var cellNote = regexp.MustCompile(`^([^（()）]*[0-9０-９][%‰％]?)\s*[（(]([^（()）]{2,8})[)）]$`)

// targetYear is the latest year a row's target columns name ("2025年目
// 标"), 0 when none does.
func targetYear(cells []tableCell) int {
	y := 0
	for _, c := range cells {
		if h := Simplify(c.head); containsAny(h, []string{"目标", "计划", "预期"}) {
			for _, m := range findYears(h) {
				y = max(y, m.Year)
			}
		}
	}
	return y
}

// bareUnits are units alone in a cell: a table's 单位 column, never the
// name of a measure.
var bareUnits = map[string]bool{
	"%": true, "‰": true, "/10万": true, "1/10万": true, "/万": true, "岁": true, "人": true, "张": true, "个": true,
	"家": true, "元": true, "万元": true, "次": true, "天": true, "人次": true, "所": true, "万人": true, "亿元": true,
}

// joinLabel joins a row header and a column header into one label.
func joinLabel(row, col string) string {
	if row == "" {
		return col
	}
	return row + " " + col
}

type cellValue struct {
	raw   string
	value float64
	unit  string
	qual  string
}

// parseCell reads a cell that holds only a number with its unit.
func parseCell(s string) (cellValue, bool) {
	m := cellNumber.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return cellValue{}, false
	}
	raw := m[2]
	clean := strings.NewReplacer(",", "", "，", "", "．", ".", "－", "-", "−", "-").Replace(raw)
	clean = strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, clean)
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		return cellValue{}, false
	}
	unit := strings.ReplaceAll(m[3], "％", "%")
	if unit == "年" {
		return cellValue{}, false // a year, not a figure
	}
	if unit == "" && compactDate.MatchString(clean) {
		return cellValue{}, false // "20260212": a date written in digits
	}
	qual := m[1]
	if word, ok := cellChangeWords[qual]; ok {
		qual = word
	}
	return cellValue{raw: raw, value: v, unit: unit, qual: qual}, true
}

// cellChangeWords complete a bare change word before a cell's number ("减
// 44"), so the qualifier names the change as sentences do.
var cellChangeWords = map[string]string{"增": "增加", "减": "减少"}

// compactDate is a date written as eight digits, year, month and day:
// "20260212".
var compactDate = regexp.MustCompile(`^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$`)

// overlaps reports whether two tables share a line.
func overlaps(a, b textTable) bool {
	return len(a.lines) > 0 && len(b.lines) > 0 && a.lines[0].Start < b.lines[len(b.lines)-1].End && b.lines[0].Start < a.lines[len(a.lines)-1].End
}

// rowFigures finds the figures of a section's table rows: pair rows stand
// alone; TAB and " | " rows take their column headers from the first row of
// their block. done reports the lines that were read as table rows.
func rowFigures(work string, sec Section, rep *Report) (figs []Figure, done map[int]bool) {
	done = map[int]bool{}
	var body []Span
	for _, l := range lines(work[sec.Body.Start:sec.Body.End]) {
		body = append(body, Span{l.Start + sec.Body.Start, l.End + sec.Body.Start})
	}
	var tables []textTable
	tables = append(tables, indicatorColumnTables(work, body)...)
	tables = append(tables, pipeTables(work, body)...)
	for _, t := range barRowTables(work, body) {
		// Where rows differ in shape (a table of several parts, each
		// with its header), the cell-stream reader read none, or only
		// the part before the second header (a yearbook's 续表 of later
		// years): the reader of more rows wins.
		read := 0
		for _, o := range tables {
			if overlaps(t, o) {
				read += len(o.rows)
			}
		}
		if len(t.rows) > read {
			tables = slices.DeleteFunc(tables, func(o textTable) bool { return overlaps(t, o) })
			tables = append(tables, t)
		}
	}
	tables = append(tables, spaceTables(work, body)...)
	tables = append(tables, runonTables(work, body)...)
	// One cell a line, a header in its row or in its column: the lines are
	// read one way. Rows of the same shape settle it; a single row ("疫苗
	// 名称 卡介苗 乙肝 接种率(%) 99.7 98.1") is the column's names.
	blocks := slices.DeleteFunc(rowBlocks(work, body), func(b textTable) bool {
		return slices.ContainsFunc(tables, func(o textTable) bool { return overlaps(b, o) })
	})
	for _, t := range cellRowTables(work, body) {
		if len(t.rows) < 2 && slices.ContainsFunc(blocks, func(b textTable) bool { return overlaps(t, b) }) ||
			slices.ContainsFunc(tables, func(o textTable) bool { return overlaps(t, o) }) {
			continue // read already, as a table of another layout
		}
		blocks = slices.DeleteFunc(blocks, func(b textTable) bool { return overlaps(t, b) })
		tables = append(tables, t)
	}
	tables = append(tables, blocks...)
	for _, t := range captionedRows(work, body) {
		if !slices.ContainsFunc(tables, func(o textTable) bool { return overlaps(t, o) }) {
			tables = append(tables, t)
		}
	}
	for _, t := range formPairs(work, body) {
		if !slices.ContainsFunc(tables, func(o textTable) bool { return overlaps(t, o) }) {
			tables = append(tables, t)
		}
	}
	for _, t := range tables {
		figs = append(figs, t.figures(work, sec, rep)...)
		if t.wordy() {
			continue // its cells' sentences are read as sentences too
		}
		for _, l := range body {
			if t.covers(l) {
				done[l.Start] = true
			}
		}
	}
	var header, subHeader []tableCell
	numbered, unitCol := false, -1
	for _, row := range cellLines(work, body) {
		line := Span{row.start, row.end}
		if done[row.start] {
			header, subHeader = nil, nil
			continue
		}
		if cells, ok := pairRow(work, line); ok && row.cells == nil {
			if fs := tableFigures(work, cells, sec, rep); len(fs) > 0 {
				figs = append(figs, fs...)
				done[line.Start] = true
			}
			header = nil
			continue
		}
		cells := row.cells
		ok := cells != nil
		if !ok {
			if cells, ok = splitRow(work, line); ok {
				if pairs, isForm := runOnPairs(cells); isForm {
					for _, p := range pairs {
						figs = append(figs, tableFigures(work, p, sec, rep)...)
					}
					done[line.Start] = true
					header, subHeader = nil, nil
					continue
				}
			}
		}
		if !ok {
			if header != nil && isCaptionRow(work[line.Start:line.End]) {
				// "(一)本单位实施的、以本单位名义作出的 | ||||": a caption of
				// the rows below; the header stays.
				continue
			}
			header, subHeader = nil, nil
			continue
		}
		raw := cells
		if numbered && len(cells) > 1 {
			cells = cells[1:]
		}
		numeric := 0
		for _, c := range cells[1:] {
			if _, isNum := parseCell(c.text); isNum || ratioCell.MatchString(strings.TrimSpace(c.text)) {
				numeric++ // a ratio ("1:0.420") is a value, no header's name
			}
		}
		if header != nil && unitCol < 0 && numeric > 0 && len(cells) > 2 && groupedRow(cells, numeric) {
			// "资源配置 | 门诊人次 | 87685 | 62941": the group's name, then
			// the row's, then its values.
			cells = cells[1:]
		}
		if header == nil && numeric == 1 && filled(cells) == 2 && isNamedPair(cells) {
			// "实有床位数(张) | 2802 |": a name and its value, a row of
			// its own whatever header the table had.
			if fs := tableFigures(work, cells, sec, rep); len(fs) > 0 {
				figs = append(figs, fs...)
				done[line.Start] = true
			}
			continue
		}
		if header == nil || numeric == 0 {
			switch {
			case numeric > 0:
			case header != nil && subHeader == nil && filled(raw) > filled(header):
				// A second header row, naming the columns a cell of the
				// first spans (read with the first row of values).
				subHeader = raw
			default:
				header, numbered = dropRowNumbers(raw)
				unitCol, subHeader = unitColumn(header), nil
			}
			continue
		}
		if subHeader != nil {
			if spanned, ok := spannedHeader(header, subHeader, cells); ok {
				header = spanned
			} else {
				// No cell of the first row spans the second's: the second
				// is the header, as it stands last.
				header, numbered = dropRowNumbers(subHeader)
				unitCol = unitColumn(header)
				cells = raw
				if numbered && len(cells) > 1 {
					cells = cells[1:]
				}
			}
			subHeader = nil
		}
		if filled(header) == filled(cells)-1 && filled(header) == len(header) && strings.TrimSpace(cells[0].text) != "" {
			// "全年预算数(A) | 全年执行数(B) | 预算执行率(B/A)" over
			// "年度资金总额: | 811.54 | 811.54 | 100%": the header names
			// the value columns only, the row's name column has none.
			for i := 1; i < len(cells); i++ {
				if i-1 < len(header) {
					cells[i].head = header[i-1].text
				}
			}
		} else {
			for i := range cells {
				if i < len(header) {
					cells[i].head = header[i].text
				}
			}
		}
		if unitCol > 0 && unitCol < len(cells) {
			// A unit column gives the row's unit to its numbers.
			unit := strings.TrimSpace(cells[unitCol].text)
			cells = append(cells[:unitCol:unitCol], cells[unitCol+1:]...)
			if unit != "" && !strings.ContainsAny(unit, "（(") {
				cells[0].text += "（" + unit + "）"
			}
		}
		if fs := tableFigures(work, cells, sec, rep); len(fs) > 0 {
			figs = append(figs, fs...)
			if wordyRow(cells) {
				continue // its cells' sentences are read as sentences too
			}
			for _, b := range body {
				if b.Start >= row.start && b.Start <= row.end {
					done[b.Start] = true // every line of a cell-per-line row
				}
			}
		}
	}
	return figs, done
}

// ratioCell is a cell holding a ratio: "1:0.420", "1：1.2".
var ratioCell = regexp.MustCompile(`^\d+(?:\.\d+)?\s*[:：]\s*\d+(?:\.\d+)?$`)

// groupedRow reports whether a row opens with two names before its numeric
// values ("资源配置 | 门诊人次 | 87685 | 62941"): the first names the group of
// rows it heads, the second the row.
func groupedRow(cells []tableCell, numeric int) bool {
	names := 0
	for _, c := range cells {
		t := strings.TrimSpace(c.text)
		if t == "" {
			continue
		}
		if _, isNum := parseCell(t); isNum || ratioCell.MatchString(t) {
			break
		}
		names++
	}
	return names == 2 && filled(cells) == names+numeric
}

// isCaptionRow reports whether a line of a table is one cell of words
// and empty ones ("(一)本单位实施的 | |||||"): a caption of the rows below.
func isCaptionRow(line string) bool {
	if !strings.ContainsAny(line, "|｜") {
		return false
	}
	text := strings.TrimSpace(strings.NewReplacer("|", "", "｜", "").Replace(line))
	return text != "" && utf8.RuneCountInString(text) <= maxRowCaptionRunes && !strings.ContainsAny(text, "0123456789。")
}

// maxRowCaptionRunes bounds a caption row's words.
const maxRowCaptionRunes = 40

// spannedHeader merges a header of two rows whose first row has a cell
// spanning the second's ("行政处罚实施数量(宗)" over "警告 | 罚款 | … | 合计
// (宗)", beside "单位名称" and "罚没金额(万元)"): the spanning cell is the
// first over the row's values, and the second row's names take its name
// and unit. It reports false when the row's values do not fill the merged
// columns (one empty column after them allowed) or the second row's
// columns hold words.
func spannedHeader(top, sub, row []tableCell) ([]tableCell, bool) {
	s := -1
	for i, c := range row {
		if _, ok := parseCell(c.text); ok && i > 0 {
			s = i
			break
		}
	}
	var subs []tableCell
	for _, c := range sub {
		if strings.TrimSpace(c.text) != "" {
			subs = append(subs, c)
		}
	}
	width := filled(top) - 1 + len(subs)
	if s < 0 || s >= len(top) || strings.TrimSpace(top[s].text) == "" || filled(row) > width || filled(row) < width-1 || len(row) < s+len(subs) {
		return nil, false
	}
	for _, c := range row[s : s+len(subs)] {
		if _, ok := parseCell(c.text); !ok && strings.TrimSpace(c.text) != "" {
			return nil, false // the second row names a column of words
		}
	}
	spanning := 1 // the cells of the first row over the second's, from s on
	if k := filled(top[s:]); k > 1 && len(subs)%k == 0 && filled(row)-s == len(subs) {
		// "地 区 | 医院 | 乡镇卫生院" over "诊疗人次数 | 出院人次数 | 诊疗人次数 |
		// 出院人次数": each spans as many of the second row's cells.
		spanning = k
	}
	var tops []tableCell
	for _, c := range top[s:] {
		if strings.TrimSpace(c.text) != "" {
			tops = append(tops, c)
		}
	}
	per := len(subs) / spanning
	out := slices.Clone(top[:s])
	for k, c := range subs {
		name, unit := strings.TrimSpace(tops[k/per].text), ""
		if u := headUnitIndex(name); u != nil {
			name, unit = strings.TrimSpace(name[:u[0]]), name[u[0]:]
		}
		c.text = name + strings.TrimSpace(c.text)
		if unit != "" && headUnitIndex(c.text) == nil {
			c.text += unit
		}
		out = append(out, c)
	}
	if spanning > 1 {
		return out, true
	}
	return append(out, top[s+1:]...), true
}

// spacedName is a short name spaced out to align a table's column: "浙 江",
// "上  海", "内 蒙 古".
var spacedName = regexp.MustCompile(`^\p{Han}(?:[ \t\x{3000}]+\p{Han}){1,3}$`)

// joinSpacedName closes up a spaced-out short name ("浙 江" → "浙江").
func joinSpacedName(s string) string {
	if !spacedName.MatchString(s) {
		return s
	}
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u3000", " ")), "")
}

// isNamedPair reports whether a row of two filled cells is a name (with
// Han characters, no number) followed by a value.
func isNamedPair(cells []tableCell) bool {
	name := strings.TrimSpace(cells[0].text)
	if _, num := parseCell(name); num || !hasHan(name) || utf8.RuneCountInString(name) > maxTableHeadRunes {
		return false
	}
	_, num := parseCell(strings.TrimSpace(cells[1].text))
	return num
}

// filled is how many cells hold text.
func filled(cells []tableCell) int {
	n := 0
	for _, c := range cells {
		if strings.TrimSpace(c.text) != "" {
			n++
		}
	}
	return n
}

// unitRunes are the characters units are written with: counters,
// currencies, measures, multipliers and signs.
const unitRunes = "个人张元%‰次床所家名件例宗起剂户天日岁米吨台辆项万亿千百十公里斤克小时分钟秒年月周平方立位座间套支块条篇册份岗车班对株头只批场期门/‱kKmMgGlL²³"

// headUnitIndex is headUnit's match in a header, nil when there is none
// or its bracket holds no unit ("疾病预防控制中心(防疫站)" names another
// name).
func headUnitIndex(s string) []int {
	u := headUnit.FindStringSubmatchIndex(s)
	if u == nil {
		return nil
	}
	if len(u) > 6 && u[6] >= 0 {
		u[0] = u[6] // "病床使用率%": the name ends where the sign starts
		for _, open := range []string{"(", "（"} {
			if strings.HasSuffix(s[:u[0]], open) {
				u[0] -= len(open) // "诊疗人次增长(%": a bracket the page left open
			}
		}
	}
	unit := unitOf(s, u)
	if perPopulation.MatchString(unit) {
		return u // "孕产妇死亡率(/10万)"
	}
	if !isUnitText(unit) {
		return nil
	}
	return u
}

// isUnitText reports whether every character of s is one units are
// written with (unitRunes): "万人次", "%", not "晋江市".
func isUnitText(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune(unitRunes, r) {
			return false
		}
	}
	return true
}

// perPopulation is a rate's unit per a population: "/10万", "1/10万".
var perPopulation = regexp.MustCompile(`^1?/\s*(?:10|1)?[万千百]$`)

// unitOf returns the unit a headUnit match found in s.
func unitOf(s string, u []int) string {
	for k := 2; k+1 < len(u); k += 2 {
		if u[k] >= 0 {
			return Simplify(s[u[k]:u[k+1]]) // "(萬人次)" of a Traditional table is 万人次
		}
	}
	return ""
}

// wholeRows name a table's row of the whole area.
var wholeRows = map[string]bool{"全国": true, "全省": true, "全市": true, "全州": true, "全县": true, "全区": true, "全盟": true, "全旗": true}

// captionKinds is what a numbered caption says its rows are kinds of:
// "医院" of "各类医院基本情况", "医疗卫生机构" of "各类医疗卫生机构数".
var captionKinds = regexp.MustCompile(`^各类(\p{Han}{2,8}?)(?:基本情况|主要指标|情况|统计|数)`)

// captionKind is the kind of thing a table's rows are, as its numbered
// caption (the section's heading, or a headingless report's title) says;
// "" when it says none.
func captionKind(sec Section, rep *Report) string {
	caption := captionCounts(sec.Heading)
	if caption == "" && sec.Level == 0 {
		caption = captionCounts(rep.Title)
	}
	if m := captionKinds.FindStringSubmatch(caption); m != nil {
		return m[1]
	}
	return ""
}
