package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A web table laid out row by row reaches the text one cell a line: the
// header row (the names' column, then each measure), then every row's name
// and its numbers.
//
//	第二十条第(一)项
//	信息内容
//	本年制发件数
//	本年废止件数
//	现行有效件数
//	规章
//	0
//	0
//	0
//	行政规范性文件
//	0 …
//
// A row's numbers are as many as the measures; a name with no numbers
// heads the rows under it ("三、本年度办理结果" over "（一）予以公开"), and
// two such names start the next table.
// The measures are the names right before the first row's; more names
// before them than the names' column and one caption leave the columns
// unknown (a header of two levels), and the table is not read, unless the
// header is one whose columns are known (knownHeaders).

// rowNameMarker is the outline number a row's name may start with.
var rowNameMarker = regexp.MustCompile(`^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]{1,2}[.、．])\s*`)

// rowNumberLen is the length in bytes of the outline number a row's name
// opens with ("二、病床床位数合计"), 0 when it has none or is nothing else.
func rowNumberLen(name string) int {
	if m := rowNameMarker.FindStringIndex(name); m != nil && m[1] < len(name) {
		return m[1]
	}
	return 0
}

// maxRowNameRunes bounds a row's name in such a table
// ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").
const maxRowNameRunes = 40

// knownHeader is a standard header of two levels whose columns, in the
// order of the numbers, are known: the words its cells hold, and the
// columns.
type knownHeader struct {
	words   []string
	columns []string
}

// knownHeaders are the headers of national report templates. The table of
// requests in a government information-disclosure annual report (政府信息
// 公开工作年度报告, the format of 国办公开办函〔2019〕60号): 自然人,
// 法人或其他组织 (商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他), 总计.
var knownHeaders = []knownHeader{{
	words:   []string{"申请人情况", "自然人", "法人或其他组织", "总计"},
	columns: []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"},
}, {
	// The table of documents in the same report's earlier format, its
	// cells "本年新制作数量" and "本年新公开数量" often broken in two.
	words:   []string{"信息内容", "制作数量", "公开数量", "对外公开总数量"},
	columns: []string{"本年新制作数量", "本年新公开数量", "对外公开总数量"},
}}

// cellRowTables finds the row-by-row cell tables among a section's lines
// (blank lines between cells are skipped).
func cellRowTables(work string, body []Span) []textTable {
	ls := barlessCells(work, filledLines(work, body))
	text := func(i int) string { return work[ls[i].Start:ls[i].End] }
	isCell := func(i int) bool {
		s := text(i)
		return utf8.RuneCountInString(s) <= maxRowNameRunes && !containsSentenceEnd(s) && !strings.ContainsAny(s, "|｜")
	}
	isValue := func(i int) bool { return isCell(i) && isValueCell(text(i)) }
	isName := func(i int) bool { return isCell(i) && !isValueCell(text(i)) }
	values := func(i int) int { // the numbers from i on
		n := 0
		for i+n < len(ls) && isValue(i+n) {
			n++
		}
		return n
	}
	var out []textTable
	for i := 0; i < len(ls); i++ {
		if !isName(i) {
			continue
		}
		j := i
		for j+1 < len(ls) && isName(j+1) {
			j++
		}
		// ls[i:j] is the header, ls[j] the first row's name.
		k := values(j + 1)
		if k == 0 {
			i = j
			continue
		}
		heads, ok := rowTableHeads(work, ls[i:j], k)
		first := j // the first row's name
		if hs, row, found := yearColumnGroups(work, ls, i, j, isName, values); found {
			// "诊疗人次数 / 诊疗人次增长(% / 出院人数 / 出院人数增长(% /
			// 2018 / 1-10 / 2019 / 1-10 / …": groups over columns of years.
			heads, ok, first, k = hs, true, row, len(hs)
		} else if years := yearCells(work, ls[j+1:j+1+k]); isRowNameHead(squeezeCell(text(j))) && years != nil {
			// "项目 / 2013 / … / 2017": the header is the names' head over
			// years, the rows come after; the lines above are the caption.
			heads, ok, first, i = years, true, j+1+k, j
		}
		if !ok {
			i = j + k
			continue
		}
		t := textTable{quoteHeads: true}
		r, end := first, first
		for r < len(ls) && isName(r) {
			n := values(r + 1)
			if n == 0 {
				// A name heading the rows under it, kept if a row follows;
				// two names are the next table's header.
				if r+1 >= len(ls) || values(r+2) == 0 {
					break
				}
				r++
				continue
			}
			if n != k {
				break
			}
			name := ls[r]
			name.Start += rowNumberLen(text(r)) // "一、本年新收…": the row's name without its number
			// Brackets a page left empty ("婴儿死亡率()", its ‰ lost) say nothing.
			name = withoutEmptyBrackets(work, name)
			row := []tableCell{{text: work[name.Start:name.End], span: name}}
			for c := range k {
				v := ls[r+1+c]
				row = append(row, tableCell{head: heads[c], text: work[v.Start:v.End], span: v})
			}
			t.rows = append(t.rows, row)
			r += 1 + k
			end = r
		}
		t.lines = ls[i:end]
		out = append(out, t)
		i = end - 1
	}
	return out
}

// yearCells are the headers of cells holding years one after another
// ("2013", "2014" …, as "2013年"), nil when they are not all such years.
func yearCells(work string, cells []Span) []string {
	if len(cells) < 2 {
		return nil
	}
	heads := make([]string, len(cells))
	prev := 0
	for n, c := range cells {
		y, ok := isYearText(strings.TrimSpace(work[c.Start:c.End]))
		if !ok || y == 0 || prev > 0 && y != prev+1 {
			return nil
		}
		heads[n], prev = strconv.Itoa(y)+"年", y
	}
	return heads
}

// rowTableHeads names the k value columns of a header (its cells in order):
// the k cells before the first row's name, after at most the names' column
// and one caption; or a known header's columns.
func rowTableHeads(work string, header []Span, k int) ([]string, bool) {
	cells := make([]string, len(header))
	for n, h := range header {
		cells[n] = squeezeCell(work[h.Start:h.End])
	}
	for _, kh := range knownHeaders {
		if len(kh.columns) == k && containsAll(strings.Join(cells, " "), kh.words) {
			return kh.columns, true
		}
	}
	if len(cells) > k+2 && isRowNameHead(cells[len(cells)-k-1]) {
		// "…其他对外管理服务事项 / 第二十条第(六)项 / 信息内容 / 上一年项目数量 …":
		// the head of the rows' names opens the header; what stands
		// before it is the table's caption and a row left blank above.
		return cells[len(cells)-k:], true
	}
	for from := 0; len(cells)-from >= k+3; from++ {
		// The lines before the header may be the table's caption.
		if heads := groupedHeads(cells[from:], k); heads != nil {
			return heads, true
		}
	}
	if len(cells) < k+1 || len(cells) > k+2 {
		return nil, false
	}
	return cells[len(cells)-k:], true
}

// groupedHeads names k value columns from a header in two levels written
// one cell a line: the names' head, the columns of one level, the groups,
// then each group's columns, the same in every group:
//
//	市县名 / 城市低保数(人) / 目标人群数 / 宫颈癌 / 乳腺癌 /
//	累计完成(例) / 完成率(%) / 累计完成(例) / 完成率(%)
//
// gives 城市低保数(人), 目标人群数, 宫颈癌累计完成(例), 宫颈癌完成率(%),
// 乳腺癌累计完成(例), 乳腺癌完成率(%). nil when no such reading fits.
func groupedHeads(cells []string, k int) []string {
	g := len(cells) - 1 - k // the groups: the cells beyond one a column
	if g < 2 {
		return nil // one group's columns would not repeat: nothing settles it
	}
	for single := 0; single < k; single++ {
		if (k-single)%g != 0 || (k-single)/g < 2 {
			continue
		}
		per := (k - single) / g
		groups, subs := cells[1+single:1+single+g], cells[1+single+g:]
		same := true
		for i := per; i < len(subs) && same; i++ {
			same = subs[i] == subs[i%per]
		}
		if !same || slices.ContainsFunc(groups, isValueCell) {
			continue
		}
		heads := slices.Clone(cells[1 : 1+single])
		for i, sub := range subs {
			heads = append(heads, groups[i/per]+sub)
		}
		return heads
	}
	return nil
}

// rowNameHeads head the column of a table's row names.
var rowNameHeads = []string{"信息内容", "项目", "指标", "指标名称", "类别", "名称", "单位名称", "机构名称"}

// rowNameHeadEnds end the head of a column of names that is not one of
// rowNameHeads: "病名", "疾病名称", "机构类别", "机构分类", "病种", "地区".
var rowNameHeadEnds = []string{"名", "名称", "类别", "分类", "病种", "地区"}

// maxRowNameHeadRunes bounds such a head: a longer cell is a measure
// ("报告病种名") or a caption.
const maxRowNameHeadRunes = 6

// isRowNameHead reports whether a header cell heads the column of the
// rows' names.
func isRowNameHead(cell string) bool {
	if slices.Contains(rowNameHeads, cell) {
		return true
	}
	if utf8.RuneCountInString(cell) > maxRowNameHeadRunes || strings.HasSuffix(cell, "排名") {
		return false // "排名" heads ranks, not names
	}
	for _, end := range rowNameHeadEnds {
		if strings.HasSuffix(cell, end) {
			return true
		}
	}
	return false
}

// containsAll reports whether s holds every word.
func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// barlessCells are a section's filled lines with the bar that closes a
// cell taken off ("行政处罚 |", "322 |"), and lines of bars alone ("|||",
// between a table's parts) left out: some pages give a table one cell a
// line, each closed by a bar, with no line between its rows.
func barlessCells(work string, ls []Span) []Span {
	out := ls[:0:0]
	for _, l := range ls {
		s := work[l.Start:l.End]
		t := strings.TrimRight(s, "|｜ \t")
		if strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue // "", or "?" where a page's blank cell lost its space
		}
		// "???? ?公立医院": the indent of a row's name, its spaces lost to
		// "?", is no part of it.
		lead := len(t) - len(strings.TrimLeft(t, "? \u00a0\u3000"))
		out = append(out, Span{l.Start + lead, l.Start + len(t)})
	}
	return out
}

// withoutEmptyBrackets is a cell's span without the empty brackets it
// opens or ends with ("婴儿死亡率()", "（）000"), so that its text stays the
// text written there.
func withoutEmptyBrackets(work string, sp Span) Span {
	for {
		cell := work[sp.Start:sp.End]
		switch {
		case strings.HasSuffix(cell, "()"):
			sp.End -= len("()")
		case strings.HasSuffix(cell, "（）"):
			sp.End -= len("（）")
		case strings.HasPrefix(cell, "()"):
			sp.Start += len("()")
		case strings.HasPrefix(cell, "（）"):
			sp.Start += len("（）")
		default:
			return sp
		}
	}
}
