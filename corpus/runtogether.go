package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A web table copied by a crawler often reaches the text as one run, its
// cells set side by side with nothing between them:
//
//	公示表 资源配置指标区医院区中医院门急诊人次487897195715…平均住院天数8.95天8.76天
//	医疗费用门急诊次均费用284.77元204.51元…药品收入（不含中药饮片）占比29.27%30.38%
//
// Read as a sentence it gives "0.77医疗效率平均住院天数 = 8.95天" and
// "= 8.76天" under one label, with no word of which hospital each is.
// splitRunTogetherTables finds such a run after its header word (指标,
// 项目), learns how many columns it has from the rows whose values can
// be told apart (a unit after each, a "%", ratios "1:0.37", or the same
// number of decimals), names the columns from the header (the names the
// header word is followed by, each ending as an institution's or a
// place's name does: 区医院, 中医院, 卫生院, XX县), and sets the table
// on lines with its cells between bars, the form the table readers know.
// A row whose values cannot be told apart ("487897195715") is left as it
// was, on a line of its own after the table; a run with fewer than
// minRunRows rows of that many values, or whose header does not name its
// columns, is left untouched.

// runTableHeads are the header words a run-together table starts after.
var runTableHeads = []string{"指标", "项目"}

// minRunRows is how many rows with values told apart make a run table.
const minRunRows = 3

// maxRunColumns bounds the value columns of a run table.
const maxRunColumns = 6

// maxRunLabelRunes bounds a row's label: longer text is prose, the end of
// the table.
const maxRunLabelRunes = 30

// runUnits are the units that may stand after each value of a row
// ("8.95天8.76天"); a unit is taken only when it separates the row's
// values, so a label that starts with one ("人均…") keeps it.
var runUnits = []string{"万人次", "人次", "万元", "亿元", "元", "天", "日", "岁", "例", "张", "个", "人", "家", "所", "名", "次"}

// runRow is one row of a run-together table: its label, its values (nil
// when they could not be told apart), and the text of its values as
// written.
type runRow struct {
	label  string
	values []string
	raw    string
}

// splitRunTogetherTables rewrites every run-together table of text as
// bar-separated lines, one per row.
func splitRunTogetherTables(text string) string {
	if !strings.Contains(text, "指标") && !strings.Contains(text, "项目") {
		return text
	}
	lines := strings.Split(text, "\n")
	changed := false
	for i, line := range lines {
		if out, ok := unrunLine(line); ok {
			lines[i] = out
			changed = true
		}
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "\n")
}

// unrunLine rewrites the first run table of one line.
func unrunLine(line string) (string, bool) {
	for _, head := range runTableHeads {
		from := 0
		for {
			k := strings.Index(line[from:], head)
			if k < 0 {
				break
			}
			at := from + k + len(head)
			if out, ok := runTableAt(line, from+k, at); ok {
				return out, true
			}
			from = at
		}
	}
	return "", false
}

// runTableAt reads a run table whose header word spans line[start:at].
func runTableAt(line string, start, at int) (string, bool) {
	rows, end := runRows(line[at:])
	if len(rows) < minRunRows+1 {
		return "", false
	}
	width := runWidth(rows)
	if width < 2 {
		return "", false
	}
	names, first, ok := columnNames(rows[0].label, width)
	if !ok {
		return "", false
	}
	rows[0].label = first
	told := 0
	for k := range rows {
		if len(rows[k].values) != width {
			rows[k].values = nil
		} else {
			told++
		}
	}
	if told < minRunRows {
		return "", false
	}
	var b strings.Builder
	if before := strings.TrimSpace(line[:start]); before != "" {
		b.WriteString(before)
		b.WriteString("\n")
	}
	b.WriteString(line[start:at] + " | " + strings.Join(names, " | "))
	var untold []string
	for _, r := range rows {
		if r.values == nil {
			untold = append(untold, r.label+r.raw)
			continue
		}
		b.WriteString("\n" + r.label + " | " + strings.Join(r.values, " | "))
	}
	for _, u := range untold {
		b.WriteString("\n" + u) // after the table, which a line of another form would end
	}
	if rest := strings.TrimSpace(line[at+end:]); rest != "" {
		b.WriteString("\n")
		b.WriteString(rest)
	}
	return b.String(), true
}

// runWidth is the number of values most rows of a run table split into
// (0: no count shared by minRunRows rows).
func runWidth(rows []runRow) int {
	count := map[int]int{}
	for _, r := range rows {
		if n := len(r.values); n >= 2 && n <= maxRunColumns {
			count[n]++
		}
	}
	best := 0
	for n, c := range count {
		if c >= minRunRows && (best == 0 || c > count[best] || c == count[best] && n < best) {
			best = n
		}
	}
	return best
}

// runRows reads rows of label and values from s, stopping at prose, a
// date or the end, and returns them with the length of s they cover.
func runRows(s string) ([]runRow, int) {
	var rows []runRow
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && !isRunValueStart(s, j) {
			_, w := utf8.DecodeRuneInString(s[j:])
			j += w
		}
		label := strings.TrimSpace(s[i:j])
		if j == len(s) || !isRunLabel(label, len(rows) == 0) {
			break
		}
		values, raw, next := runValues(s, j)
		if isDateAfter(s[next:]) {
			break
		}
		rows = append(rows, runRow{label: label, values: values, raw: raw})
		i = next
	}
	return rows, i
}

// isRunValueStart reports whether s[j] starts a value: a digit.
func isRunValueStart(s string, j int) bool {
	return s[j] >= '0' && s[j] <= '9'
}

// isRunLabel reports whether text between values can be a row's label
// (the first may also carry the header's column names).
func isRunLabel(label string, first bool) bool {
	n := utf8.RuneCountInString(label)
	limit := maxRunLabelRunes
	if first {
		limit += maxRunColumns * 6
	}
	return n >= 2 && n <= limit && !strings.ContainsAny(label, "。，；,;：:")
}

// isDateAfter reports whether the value just read was a date's year or
// month ("2021年1月25日"): the signature below a table.
func isDateAfter(rest string) bool {
	return strings.HasPrefix(rest, "年") || strings.HasPrefix(rest, "月") || strings.HasPrefix(rest, "日")
}

// runValues reads the values that start at s[j] and the index after them:
// number runs joined by one repeated unit ("8.95天8.76天"), or one run
// split by "%", ratios or decimals. Values that cannot be told apart come
// back nil, with their text.
func runValues(s string, j int) ([]string, string, int) {
	run, k := numberRun(s, j)
	for _, u := range runUnits {
		if !strings.HasPrefix(s[k:], u) {
			continue
		}
		values := []string{run + u}
		at := k + len(u)
		for at < len(s) && isRunValueStart(s, at) {
			next, e := numberRun(s, at)
			if !strings.HasPrefix(s[e:], u) {
				break
			}
			values = append(values, next+u)
			at = e + len(u)
		}
		if len(values) >= 2 {
			return values, s[j:at], at
		}
	}
	return splitNumberRun(run), run, k
}

// numberRun reads digits, points, ratio colons and percent signs from
// s[j].
func numberRun(s string, j int) (string, int) {
	k := j
	for k < len(s) {
		switch {
		case s[k] >= '0' && s[k] <= '9', s[k] == '.', s[k] == ':', s[k] == '%':
			k++
		case strings.HasPrefix(s[k:], "："), strings.HasPrefix(s[k:], "‰"):
			k += 3
		default:
			return s[j:k], k
		}
	}
	return s[j:k], k
}

// splitNumberRun splits a run of values with no unit between them: after
// each "%" or "‰", before each ratio's "1:", or into numbers with the same
// decimals (two, else one). A run that splits none of these ways gives
// nil.
func splitNumberRun(run string) []string {
	for _, mark := range []string{"%", "‰"} {
		if strings.HasSuffix(run, mark) {
			parts := strings.SplitAfter(run, mark)
			return parts[:len(parts)-1]
		}
	}
	if strings.ContainsAny(run, ":：") {
		return splitRatios(run)
	}
	for _, decimals := range []int{2, 1} {
		if vs := splitDecimals(run, decimals); vs != nil {
			return vs
		}
	}
	return nil
}

// splitRatios splits "1:0.371：0.78" into "1:0.37" and "1：0.78": each
// ratio starts with the "1" before its colon.
func splitRatios(run string) []string {
	var cuts []int
	for k, r := range run {
		if r == ':' || r == '：' {
			if k == 0 || run[k-1] != '1' {
				return nil
			}
			cuts = append(cuts, k-1)
		}
	}
	var out []string
	for n, c := range cuts {
		end := len(run)
		if n+1 < len(cuts) {
			end = cuts[n+1]
		}
		if end-c < 3 {
			return nil
		}
		out = append(out, run[c:end])
	}
	return out
}

// splitDecimals splits "300.27231.86" into numbers of the given decimals,
// or gives nil when the run is not such numbers side by side.
func splitDecimals(run string, decimals int) []string {
	var out []string
	for run != "" {
		dot := strings.IndexByte(run, '.')
		if dot < 1 || dot+1+decimals > len(run) {
			return nil
		}
		end := dot + 1 + decimals
		for _, c := range run[dot+1 : end] {
			if !unicode.IsDigit(c) {
				return nil
			}
		}
		out = append(out, run[:end])
		run = run[end:]
	}
	return out
}

// columnNames splits the first label of a run table into the header's
// width column names and the first row's label: each name two runes or
// more, ending as an institution's name does (区医院, 甲镇卫生院), else as
// a place's (云溪县) or a total's.
func columnNames(label string, width int) ([]string, string, bool) {
	var names []string
	rest := label
	for len(names) < width {
		end := nameEnd(rest, institutionNameEnds)
		if end < 0 {
			end = nameEnd(rest, placeNameEnds)
		}
		if end < 0 {
			return nil, "", false
		}
		names = append(names, rest[:end])
		rest = rest[end:]
	}
	if utf8.RuneCountInString(rest) < 2 {
		return nil, "", false
	}
	return names, rest, true
}

// institutionNameEnds end an institution's name, placeNameEnds a place's
// or a total's, in a run table's header.
var (
	institutionNameEnds = []string{"院", "中心", "站", "所", "局", "委"}
	placeNameEnds       = []string{"县", "市", "区", "镇", "乡", "村", "省", "合计", "总计"}
)

// nameEnd is the byte length of the shortest name of two runes or more at
// the start of s that ends in one of ends (-1: none within
// maxRunNameRunes).
func nameEnd(s string, ends []string) int {
	for n, end := 1, 0; end < len(s) && n <= maxRunNameRunes; n++ {
		_, w := utf8.DecodeRuneInString(s[end:])
		end += w
		if n < 2 {
			continue
		}
		for _, e := range ends {
			if strings.HasSuffix(s[:end], e) {
				return end
			}
		}
	}
	return -1
}

// maxRunNameRunes bounds a column's name in a run table's header.
const maxRunNameRunes = 10
