package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A yearbook's header cells may be broken over two rows, the second
// finishing some of the first's names and giving others their units:
//
//	机构数 | 编制 | 实有 | 人员总数 | 卫生技 | 其他技 | 管理人员 | 工勤人员
//	(个)   | 床位 | 床位 | (人)     | 术人员 | 术人员 |
//
// In a cell stream only the order of the cells is left. The first row is
// the last run of as many cells as the table has value columns that is
// followed only by such pieces (units, or words of up to three
// characters); each piece goes, in order, to the next column it fits: a
// unit to a name that is whole, a word to a name that is not.

// maxHeadPieceRunes bounds the words that finish a name broken over two
// header rows ("术人员", "床位").
const maxHeadPieceRunes = 3

// unitCell is a cell holding only a unit in brackets: "(个)", "（人）".
var unitCell = regexp.MustCompile(`^[(（][^()（）]{1,6}[)）]$`)

// wholeNameEnds end a column name that needs nothing after it: a count,
// a rate, people, an amount, institutions ("医院"; not "人均住院", which
// 费用 or 人次 finishes).
const wholeNameEnds = "数率员人额费量比次位床口所院站室心构"

// isWholeName reports whether a header cell names a measure in full.
func isWholeName(s string) bool {
	if u := headUnitIndex(s); u != nil {
		s = strings.TrimSpace(s[:u[0]])
	}
	r := []rune(s)
	return len(r) > 0 && strings.ContainsRune(wholeNameEnds, r[len(r)-1]) && !strings.HasSuffix(s, "住院")
}

// stackedHeads names width value columns from header cells broken over
// two rows, or returns nil when no reading fits.
//
// When the header's rows stand on lines of their own, the first row is a
// whole line and the pieces the lines after it ("人均住院 | 床位费 | … | 卫 生
// | … | 每日住院" over "费 用 | 材料费 | 医疗费"): a run of cells across two
// lines would take the second row's pieces for names.
func stackedHeads(header []pipeCell, width int) []string {
	if width < 2 {
		return nil
	}
	header = slices.DeleteFunc(slices.Clone(header), func(c pipeCell) bool { return c.text == "" })
	for _, wholeLine := range []bool{true, false} {
		for s := len(header) - width; s >= 0; s-- {
			if wholeLine && !isWholeLine(header, s, width) {
				continue
			}
			if heads, ok := stackAt(header[s:s+width], header[s+width:]); ok {
				return withKinUnits(heads, header)
			}
		}
	}
	return nil
}

// isWholeLine reports whether header[s:s+width] are all the cells of one
// line.
func isWholeLine(header []pipeCell, s, width int) bool {
	line := header[s].line
	return header[s+width-1].line == line && (s == 0 || header[s-1].line != line) &&
		(s+width == len(header) || header[s+width].line != line)
}

// withKinUnits gives a column named without a unit the unit of a header
// cell naming the same kind of thing: "工勤人员" the 人 of "人员总数(人)",
// "实有床位" the 张 of the group cell "床位数(张)" above it. The kind is
// the column name's last two characters found in that cell.
func withKinUnits(heads []string, header []pipeCell) []string {
	type kin struct{ name, unit string }
	var kins []kin
	for _, h := range append(append([]string(nil), heads...), cellTexts(header)...) {
		if u := headUnitIndex(h); u != nil {
			kins = append(kins, kin{strings.TrimSpace(h[:u[0]]), h[u[0]:]})
		}
	}
	for k, h := range heads {
		r := []rune(h)
		if headUnitIndex(h) != nil || len(r) < 2 {
			continue
		}
		tail := string(r[len(r)-2:])
		for _, c := range kins {
			if c.name != h && strings.Contains(c.name, tail) {
				heads[k] = h + c.unit
				break
			}
		}
	}
	return heads
}

// cellTexts are the texts of cells.
func cellTexts(cells []pipeCell) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.text
	}
	return out
}

// stackAt gives the pieces, in order, to the columns named by first, and
// reports whether every piece found its column.
func stackAt(first, pieces []pipeCell) ([]string, bool) {
	if len(pieces) == 0 || len(pieces) > len(first) {
		return nil, false
	}
	heads := make([]string, len(first))
	for k, c := range first {
		if unitCell.MatchString(c.text) {
			return nil, false // a unit is no column's name
		}
		heads[k] = c.text
	}
	next := 0
	for _, p := range pieces {
		unit := unitCell.MatchString(p.text)
		if !unit && utf8.RuneCountInString(p.text) > maxHeadPieceRunes {
			return nil, false // a name of its own, not the end of one
		}
		for next < len(first) && isWholeName(first[next].text) != unit {
			next++
		}
		if next == len(first) {
			return nil, false
		}
		heads[next] += p.text
		next++
	}
	return heads, true
}

// rowHeadLabels name the column of row names in a header ("项目", "指标").
var rowHeadLabels = []string{"项目", "指标", "类别", "分类", "地区", "名称", "年份", "年度", "科目", "单位"}

// gridHeads names width value columns from a header whose rows stand one
// after another, width cells each, blanks and English captions kept in
// their places (a cell stream copied from a table with one empty cell for
// each cell a name does not fill):
//
//	合计 | 公立     |         | 民营
//	     | 医疗机构 | #政府办 | 医疗机构
//
// The rows start after the label of the row names' column ("项目"); each
// column is named by its Chinese cells top to bottom. nil when no such
// label stands in the header or the cells after it do not fill whole rows.
func gridHeads(all []pipeCell, width int) []string {
	start := -1
	for i, c := range all {
		if slices.Contains(rowHeadLabels, c.text) {
			start = i + 1
		}
	}
	if start < 0 || width < 2 {
		return nil
	}
	cells := all[start:]
	for len(cells) > 0 && cells[0].english {
		cells = cells[1:] // the label's own caption ("Item")
	}
	end := len(cells)
	for end > 0 && (cells[end-1].text == "" || cells[end-1].english) {
		end--
	}
	cells = cells[:end]
	if len(cells) < width || len(cells) > maxHeaderRows*width || len(cells)%width != 0 {
		return nil
	}
	heads := make([]string, width)
	for k, c := range cells {
		if !c.english && c.text != "" {
			heads[k%width] += c.text
		}
	}
	for k, h := range heads {
		if h == "" {
			return nil
		}
		if rest, ok := cutPartMark(h); ok && k > 0 {
			heads[k] = ofWhichLabel(heads[k-1], rest) // "#政府办" of 公立医疗机构
		}
	}
	return heads
}

// maxHeaderRows bounds the rows of a header read as a grid.
const maxHeaderRows = 6

// groupHeads names width value columns from a header of groups over the
// same run of parts repeated under each:
//
//	地区 | 病床工作日(日) | 病床使用率(%)     | 出院者平均住院日
//	     | 合计 | 公立 | 民营 | 合计 | 公立 | 民营 | 合计 | 公立 | 民营
//
// The header is the groups (after the row names' label, if any) and then
// width parts, the same ones in the same order under every group; each
// column is its group's name and its part, the group's unit last
// ("病床使用率公立(%)"). nil when the header is no such thing.
func groupHeads(header []pipeCell, width int) []string {
	texts := cellTexts(header)
	if len(texts) > 0 && slices.Contains(rowHeadLabels, strings.ReplaceAll(texts[0], " ", "")) {
		texts = texts[1:]
	}
	groups := len(texts) - width
	if groups < 2 || width%groups != 0 || width/groups < 2 {
		return nil
	}
	span := width / groups
	parts := texts[groups:]
	for k, p := range parts {
		if p != parts[k%span] || isValueCell(p) {
			return nil
		}
	}
	heads := make([]string, width)
	for k, p := range parts {
		g := texts[k/span]
		name, unit := g, ""
		if u := headUnitIndex(g); u != nil {
			name, unit = strings.TrimSpace(g[:u[0]]), g[u[0]:]
		}
		heads[k] = name + p + unit
	}
	return heads
}

// isRowHeadLabel reports whether a header cell names the row names'
// column: "指标", "二级指标", "项目名称".
func isRowHeadLabel(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	for _, l := range rowHeadLabels {
		if strings.HasSuffix(s, l) && utf8.RuneCountInString(s) <= utf8.RuneCountInString(l)+2 {
			return true
		}
	}
	return false
}
