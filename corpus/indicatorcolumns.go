package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A plan's table of main indicators, saved from a web page, reaches the
// text one cell a line, and the page's blank cells (no unit, no domain on
// all but a domain's first row) are gone:
//
//	领域
//	序号
//	主要指标
//	单位
//	2020年
//	2025年目标
//	指标性质
//	健康水平
//	1
//	人均预期寿命
//	82.98
//	>79
//	预期性
//	2
//	孕产妇死亡率
//	/10万
//	9.7
//	<9
//	预期性
//
// The rows are told apart by their numbers (1, 2, 3, … and "其中:" for a
// part) and by the property that closes each (预期性, 约束性); a row's name
// comes first, then its unit if it has one, then its values in the order
// of the columns that hold values (the years, the target).

// indicatorHeads name the column of a main-indicator table that holds the
// indicators' names, or its numbers (the names' own header may be blank).
var indicatorHeads = []string{"主要指标", "指标名称", "指标", "序号"}

// propertyCells close a row of a main-indicator table.
var propertyCells = []string{"预期性", "约束性", "倡导性", "预期", "约束", "倡导"}

// maxIndicatorHeader bounds the cells of a main-indicator table's header.
const maxIndicatorHeader = 10

// indicatorColumnTables finds the main-indicator tables laid out one cell
// a line among a section's lines.
func indicatorColumnTables(work string, body []Span) []textTable {
	ls := filledLines(work, body)
	for i, l := range ls {
		ls[i] = withoutClosingBar(work, l)
	}
	text := func(i int) string { return strings.TrimSpace(work[ls[i].Start:ls[i].End]) }
	short := func(i int) bool {
		s := text(i)
		return utf8.RuneCountInString(s) <= maxTableHeadRunes && !containsSentenceEnd(s) && !strings.ContainsAny(s, "|｜，,")
	}
	var out []textTable
	for i := 0; i < len(ls); i++ {
		if !short(i) || !slices.Contains(indicatorHeads, text(i)) {
			continue
		}
		// The header: the cells around the name's, up to the first row's
		// number ("1").
		start := i
		for start > 0 && i-start < maxIndicatorHeader && short(start-1) && !strings.ContainsAny(text(start-1), "0123456789") &&
			utf8.RuneCountInString(text(start-1)) <= maxLeadHeadRunes {
			// A column's header before the name's ("领域"), not the
			// table's caption or date above it ("(2024-2027年)主要目标任务").
			start--
		}
		end := i + 1
		for end < len(ls) && end-start < maxIndicatorHeader && short(end) && !rowNumber.MatchString(text(end)) && !outlineNumber.MatchString(text(end)) && !chapterRow.MatchString(text(end)) && !groupMark.MatchString(text(end)) {
			end++
		}
		var heads []string
		for k := start; k < end; k++ {
			h := text(k)
			if y, ok := isYearText(h); ok && y > 0 && k+1 < end && (strings.HasPrefix(text(k+1), "目标") || slices.Contains(yearHeadTails, text(k+1))) {
				// "2022" over "目标值", "2020年" over "完成情况": one
				// header broken over two lines.
				h = strconv.Itoa(y) + "年" + text(k+1)
				k++
			}
			heads = append(heads, balanced(h))
		}
		valueHeads := valueColumns(heads)
		if len(valueHeads) == 0 || end >= len(ls) {
			continue
		}
		var t textTable
		var next int
		if outlined(text, end, len(ls)) {
			t, next = readOutlinedRows(work, ls, end, valueHeads)
		} else {
			t, next = readIndicatorRows(work, ls, end, indicatorColumns{
				values:   valueHeads,
				unit:     slices.Contains(heads, "单位") || slices.Contains(heads, "计量单位"),
				trailing: trailingColumns(heads),
			})
		}
		// A table going on under its header repeated may keep one row.
		continued := rowNumber.MatchString(text(end)) && text(end) != "1"
		if len(t.rows) >= 2 || continued && len(t.rows) == 1 {
			t.lines = ls[start:next]
			out = append(out, t)
			i = next - 1
		}
	}
	return out
}

// valueColumns are the headers of a main-indicator table's value columns,
// in order: those naming a year or a target ("2020年", "2025年目标",
// "目标值", "基期值").
func valueColumns(heads []string) []string {
	var out []string
	for _, h := range heads {
		if ys := findYears(h); len(ys) > 0 && !ys[0].Template || containsAny(h, []string{"目标"}) || containsAny(h, baseHeads) ||
			slices.Contains(quantityHeads, h) || containsAny(h, shareHeads) {
			out = append(out, h)
		}
	}
	return out
}

// yearHeadTails end a value column's header broken after its year
// ("2020年" over "完成情况", over "规划目标").
var yearHeadTails = []string{"完成情况", "完成值", "实际值", "实际完成", "现状值", "规划目标", "预期目标", "规划值", "目标值"}

// quantityHeads head a column of the rows' own values ("数量"): they add
// nothing to a row's name.
var quantityHeads = []string{"数量", "数值", "数据", "指标数据", "指标值", "合计", "总数", "总计", "本期", "本期数"}

// shareHeads head a column of shares or changes ("构成(%)", "同比增长").
var shareHeads = []string{"构成", "占比", "比重", "同比", "增长"}

// outlineNumber numbers a row by its place in an outline ("1.1", "1.1.2").
var outlineNumber = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})+$`)

// chapterRow heads a part of a table's rows, its unit in brackets:
// "一、医疗机构情况 (间)".
var chapterRow = regexp.MustCompile(`^[一二三四五六七八九十]+、\p{Han}{1,16}(?:\s*[（(]\s*([^（()）]{1,4})\s*[)）])?$`)

// nameUnit is a row name's closing brackets, its unit when they hold one
// ("门诊量(人次)"; not "社区卫生服务中心(站)").
var nameUnit = regexp.MustCompile(`[（(]\s*([^（()）]{1,5})\s*[)）]\s*$`)

// readOutlinedRows reads the rows of a table numbered as an outline
// ("1.1 / 医疗机构数 / 247 / 100"), one cell a line, each row with a cell
// for every value column ("——" for none), parts headed by chapter rows
// that give their unit ("一、医疗机构情况 (间)").
func readOutlinedRows(work string, ls []Span, from int, valueHeads []string) (textTable, int) {
	text := func(i int) string { return strings.TrimSpace(work[ls[i].Start:ls[i].End]) }
	var t textTable
	chapterUnit := ""
	i := from
	for i < len(ls) {
		s := text(i)
		if m := chapterRow.FindStringSubmatch(s); m != nil {
			chapterUnit = m[1]
			i++
			continue
		}
		if !outlineNumber.MatchString(s) || i+1+len(valueHeads) >= len(ls) {
			break
		}
		name := text(i + 1)
		if isValueCell(name) || utf8.RuneCountInString(name) > maxTableHeadRunes || containsSentenceEnd(name) {
			break
		}
		unit := chapterUnit
		if m := nameUnit.FindStringSubmatch(name); m != nil && (bareUnits[m[1]] || strings.Contains(m[1], "/") || m[1] == "间") {
			unit, name = m[1], strings.TrimSpace(name[:len(name)-len(m[0])])
		}
		cells := []tableCell{{text: strings.Join(strings.Fields(name), ""), span: ls[i+1]}}
		for c, head := range valueHeads {
			v := text(i + 2 + c)
			if utf8.RuneCountInString(v) > maxValueCellRunes || containsSentenceEnd(v) || outlineNumber.MatchString(v) && !isValueCell(v) {
				return t, i
			}
			if slices.Contains(quantityHeads, head) {
				head = ""
			}
			if unit != "" && headUnitIndex(head) == nil {
				head += "(" + unit + ")"
			}
			cells = append(cells, tableCell{head: head, text: v, span: ls[i+2+c]})
		}
		t.rows = append(t.rows, cells)
		i += 2 + len(valueHeads)
	}
	return t, i
}

// indicatorColumns is what a main-indicator table's header says of its
// rows: the headers of the value columns, whether a unit column stands
// before them, and how many columns follow them (牵头单位, 指标性质).
type indicatorColumns struct {
	values   []string
	unit     bool
	trailing int
}

// outlined reports whether a table's rows, from the cell at i, are
// numbered as an outline: a chapter row or "1.1" first.
func outlined(text func(int) string, i, n int) bool {
	for k := i; k < n && k < i+2; k++ {
		if outlineNumber.MatchString(text(k)) {
			return true
		}
		if !chapterRow.MatchString(text(k)) {
			return false
		}
	}
	return false
}

// trailingColumns counts the columns after the last value column of a
// header ("牵头单位" after "2027年").
func trailingColumns(heads []string) int {
	last := -1
	for i, h := range heads {
		if len(valueColumns([]string{h})) > 0 {
			last = i
		}
	}
	if last < 0 {
		return 0
	}
	return len(heads) - 1 - last
}

// maxUnitRunes bounds a unit cell ("人/千人", "万人次").
const maxUnitRunes = 6

// maxValueCellRunes bounds a value cell of a main-indicator table: a
// target may be words ("每年提升2%左右或不低于全省平均水平").
const maxValueCellRunes = 40

// rowNumber is a row's number in its cell ("1", "8"); a year stands in a
// header.
var rowNumber = regexp.MustCompile(`^[1-9][0-9]{0,2}$`)

// maxContinuedRow bounds the number a table's rows may go on from under a
// repeated header.
const maxContinuedRow = 100

// maxLeadHeadRunes bounds a column's header before the names' ("领域",
// "类别"): a longer cell there is the table's caption ("绥宁县人均预期寿命
// 提升行动计划主要目标责任清单").
const maxLeadHeadRunes = 6

// maxTrailingCellRunes bounds a cell after a row's values: the units
// responsible for it may be a long list.
const maxTrailingCellRunes = 160

// withoutClosingBar is a cell's line without the bar that closes it
// ("人均预期寿命 |" → "人均预期寿命").
func withoutClosingBar(work string, l Span) Span {
	s := work[l.Start:l.End]
	t := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(s, "|"), "｜"), " \t")
	if t == s || strings.ContainsAny(t, "|｜") {
		return l
	}
	return Span{l.Start, l.Start + len(t)}
}

// readIndicatorRows reads the rows of a main-indicator table from the
// cell at from; it returns the rows and the cell after the table.
func readIndicatorRows(work string, ls []Span, from int, cols indicatorColumns) (textTable, int) {
	valueHeads := cols.values
	text := func(i int) string { return strings.TrimSpace(work[ls[i].Start:ls[i].End]) }
	var t textTable
	number := 1
	if n, err := strconv.Atoi(text(from)); err == nil && n > 1 && n < maxContinuedRow {
		number = n // the table goes on under its header repeated ("8 |" after a page break)
	}
	i := from
	for i < len(ls) {
		s := text(i)
		if s != strconv.Itoa(number) && !strings.HasPrefix(s, "其中") {
			// A domain's name ("健康水平"), a group's ("(二)", "合理膳食
			// 行动", "结果性指标") or a note on the row above ("说明:…")
			// before the next row.
			if k := nextRowAfterGroup(text, i, len(ls), strconv.Itoa(number)); k > i {
				i = k
				continue
			}
		}
		if utf8.RuneCountInString(s) > maxTableHeadRunes || containsSentenceEnd(s) {
			break // the text goes on
		}
		part := strings.HasPrefix(s, "其中")
		if s != strconv.Itoa(number) && !part {
			break
		}
		nameAt := i + 1
		if part {
			nameAt = i
		} else {
			number++
		}
		if nameAt >= len(ls) || isValueCell(text(nameAt)) {
			break
		}
		name := text(nameAt)
		k := nameAt + 1
		unit := ""
		if k < len(ls) && (bareUnits[text(k)] || perPopulation.MatchString(text(k)) || cols.unit && !isValueCell(text(k)) && utf8.RuneCountInString(text(k)) <= maxUnitRunes) {
			unit = text(k)
			k++
		}
		cells := []tableCell{{text: balanced(name), span: ls[nameAt]}}
		var vals []tableCell
		col := 0
		for k < len(ls) && !slices.Contains(propertyCells, text(k)) && text(k) != strconv.Itoa(number) && !strings.HasPrefix(text(k), "其中") {
			v := text(k)
			limit := maxValueCellRunes
			if col >= len(valueHeads) {
				limit = maxTrailingCellRunes // "县文旅广体局、县烟草局、…各乡镇人民政府"
			}
			if utf8.RuneCountInString(v) > limit || containsSentenceEnd(v) || col >= len(valueHeads)+cols.trailing {
				break
			}
			if col < len(valueHeads) {
				vals = append(vals, tableCell{text: v, span: ls[k]})
			}
			col++
			k++
		}
		closed := k < len(ls) && slices.Contains(propertyCells, text(k))
		if closed {
			k++
		}
		if col == 0 && closed {
			i = k // a row with no values ("倡导性" ones): no figures
			continue
		}
		if col == 0 || col > len(valueHeads)+cols.trailing {
			break // not this table's row
		}
		heads := valueHeads
		if len(vals) < len(valueHeads) && cols.trailing == 0 || len(vals) < len(valueHeads) && closed {
			// The page dropped blank cells: the targets are kept only when
			// what is missing can be the base level before them.
			if !baseFirst(valueHeads) {
				i = k
				continue
			}
			heads = valueHeads[len(valueHeads)-len(vals):]
		}
		for c, v := range vals {
			v.head = heads[c]
			if unit != "" {
				v.head += "(" + unit + ")" // the row's unit, as a header writes it
			}
			cells = append(cells, v)
		}
		t.rows = append(t.rows, cells)
		i = k
	}
	return t, i
}

// groupMark is a group's outline number alone in a cell of a table's
// rows: "(一)", "（二）".
var groupMark = regexp.MustCompile(`^[(（][一二三四五六七八九十]{1,3}[)）]$`)

// rowNote opens a note on a table's row set between the rows.
var rowNote = regexp.MustCompile(`^(?:说明|计算方法|注|备注)\s*[:：]`)

// maxGroupCells bounds the cells between two rows that name groups of
// rows or notes on them.
const maxGroupCells = 6

// nextRowAfterGroup returns the cell of the row numbered number after the
// group names and notes that start at i (short cells without a number,
// group marks, notes), or i when none follows within maxGroupCells.
func nextRowAfterGroup(text func(int) string, i, n int, number string) int {
	for k := i; k < n && k-i < maxGroupCells; k++ {
		s := text(k)
		if s == number {
			return k
		}
		note := rowNote.MatchString(s)
		group := groupMark.MatchString(s) || utf8.RuneCountInString(s) <= maxTableHeadRunes && !containsSentenceEnd(s) && !strings.ContainsAny(s, "0123456789") && !slices.Contains(propertyCells, s)
		if !note && !group {
			return i
		}
	}
	return i
}

// baseFirst reports whether a table's first value column is the base
// level the others are targets against ("基期水平", "2020年" before
// "2025年目标"): a blank a page dropped from a short row is most likely
// there.
func baseFirst(heads []string) bool {
	if len(heads) < 2 {
		return false
	}
	first := heads[0]
	if containsAny(first, baseHeads) {
		return true
	}
	return !strings.Contains(first, "目标") && containsAny(heads[len(heads)-1], []string{"目标"})
}

// balanced closes a bracket a cell left open ("居民健康素养水平(%" →
// "居民健康素养水平(%)"), drops one left empty ("婴儿死亡率(") and a closing
// one with no opening ("基期水平2020年)").
func balanced(cell string) string {
	open := strings.Count(cell, "(") + strings.Count(cell, "（")
	closed := strings.Count(cell, ")") + strings.Count(cell, "）")
	switch {
	case open > closed:
		if t := strings.TrimRight(cell, "(（ "); t != cell {
			return t
		}
		return cell + ")"
	case closed > open:
		return strings.TrimRight(cell, ")） ")
	}
	return cell
}
