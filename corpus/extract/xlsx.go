package extract

import (
	"archive/zip"
	"bytes"
	"errors"
	"regexp"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Sheet caps. A sheet is rendered whole or not at all: a workbook past a
// cap is skipped with a reason rather than indexed in part.
var (
	maxSheetCells = maxTableCells // non-empty cells per workbook (a variable for tests)
	maxSheetSlots = 4 << 20       // grid slots (empty ones included) per workbook
)

const (
	// maxMergeSheetBytes: merged ranges are read by parsing the whole
	// worksheet into memory, which costs many times its XML size; past this
	// size merged cells are left as Excel stores them (value in the first).
	maxMergeSheetBytes = 32 << 20
)

// readXLSX returns the text of an Excel workbook: each visible sheet in
// order, its name as a line (unless it is a default such as "Sheet1"),
// then its rows in the form .docx tables take (see formatTable). Values
// are the cells' displayed values (number formats applied, formulas'
// cached results). Blocks of rows separated by empty rows are tables of
// their own; rows with a single value before a block's table (a title, a
// unit note) are plain lines.
func readXLSX(data []byte, lim Limits) (string, error) {
	if bytes.HasPrefix(data, oleMagic) {
		return "", skipf("xlsx is password-protected or an old .xls workbook under a new name")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return "", skipf("xlsx is not a valid zip archive (truncated or corrupt file)")
	}
	// Refuse a zip bomb before excelize reads it: it inflates every part
	// into memory. archive/zip fails an entry that inflates past the size
	// its header gives, so the headers' sum bounds what can come out.
	var total uint64
	largestSheet := uint64(0)
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if strings.HasPrefix(strings.ToLower(f.Name), "xl/worksheets/") {
			largestSheet = max(largestSheet, f.UncompressedSize64)
		}
	}
	if total > uint64(lim.MaxExpandedBytes) {
		return "", skipf("xlsx expands beyond %s (zip bomb?)", sizeString(lim.MaxExpandedBytes))
	}
	if findZipFile(zr, "xl/workbook.xml") == nil && findZipFile(zr, "word/document.xml") != nil {
		return "", skipf("xlsx is a Word document (rename it to .docx)")
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		// Everything stays in memory (no temporary files), bounded above.
		UnzipSizeLimit:    lim.MaxExpandedBytes,
		UnzipXMLSizeLimit: lim.MaxExpandedBytes,
	})
	if err != nil {
		return "", skipf("xlsx is corrupt (%s)", errSummary(err))
	}
	defer f.Close()

	x := &xlsxReader{f: f, mergeOK: largestSheet <= maxMergeSheetBytes, budget: maxGridSpan}
	var lines []string
	for _, name := range f.GetSheetList() {
		if visible, err := f.GetSheetVisible(name); err == nil && !visible {
			continue
		}
		sheet, err := x.sheetLines(name)
		if err != nil {
			return "", err
		}
		if len(sheet) == 0 {
			continue
		}
		if !defaultSheetName.MatchString(name) {
			lines = append(lines, collapseSpace(normalize(name)))
		}
		lines = append(lines, sheet...)
	}
	return strings.Join(lines, "\n"), nil
}

// oleMagic starts an OLE compound file: old Office and WPS formats, and
// encrypted OOXML files.
var oleMagic = []byte{0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1}

// defaultSheetName matches the names spreadsheet programs give new sheets.
var defaultSheetName = regexp.MustCompile(`^\s*(?i:sheet|工作表|页|feuil|tabelle|hoja)\s*\d*\s*$`)

// xlsxReader holds the state of one workbook's reading.
type xlsxReader struct {
	f       *excelize.File
	mergeOK bool
	cells   int // non-empty cells read
	slots   int // grid slots read
	budget  int // grid allowance (see maxGridSpan)
}

// tooBig is the SkipError for a workbook past the sheet caps.
func (x *xlsxReader) tooBig() error {
	return skipf("xlsx has more than %d cells (too large a workbook to index)", maxSheetCells)
}

// sheetLines renders one sheet.
func (x *xlsxReader) sheetLines(name string) ([]string, error) {
	grid, err := x.readGrid(name)
	if err != nil || len(grid) == 0 {
		return nil, err
	}
	return gridLines(grid, x.merges(name, len(grid)), &x.budget), nil
}

// gridLines renders a sheet's values (rows of cells, merged ranges given
// apart): blocks of rows separated by empty rows, each rendered by
// blockLines. budget is the workbook's grid allowance (see maxGridSpan).
func gridLines(grid [][]string, merges []xlsxMerge, budget *int) []string {
	rows := tableRows(grid, merges)
	var lines []string
	for start := 0; start < len(rows); {
		if rowEmpty(rows[start]) {
			start++
			continue
		}
		end := start
		for end < len(rows) && !rowEmpty(rows[end]) {
			end++
		}
		lines = append(lines, blockLines(rows[start:end], budget)...)
		start = end
	}
	return lines
}

// readGrid reads a sheet's displayed values, one slice per row, each value
// on one line.
func (x *xlsxReader) readGrid(name string) ([][]string, error) {
	it, err := x.f.Rows(name)
	if err != nil {
		return nil, skipf("xlsx is corrupt (%s)", errSummary(err))
	}
	defer it.Close()
	var grid [][]string
	last := -1 // last row holding a value
	for it.Next() {
		cols, err := it.Columns()
		if err != nil {
			return nil, skipf("xlsx is corrupt (%s)", errSummary(err))
		}
		x.slots += max(len(cols), 1)
		if x.slots > maxSheetSlots {
			return nil, x.tooBig()
		}
		for i, c := range cols {
			if c != "" {
				cols[i] = collapseSpace(normalize(c))
				x.cells++
				last = len(grid)
			}
		}
		if x.cells > maxSheetCells {
			return nil, x.tooBig()
		}
		grid = append(grid, cols)
	}
	if err := it.Error(); err != nil {
		return nil, skipf("xlsx is corrupt (%s)", errSummary(err))
	}
	return grid[:last+1], nil
}

// xlsxMerge is a merged range, zero-based and inclusive.
type xlsxMerge struct{ r0, c0, r1, c1 int }

// merges returns the merged ranges of a sheet of nrows rows, or nil when
// they cannot be read cheaply. Ranges past the grid allowance are left
// out (Excel's stored value stays in their first cell).
func (x *xlsxReader) merges(name string, nrows int) []xlsxMerge {
	if !x.mergeOK {
		return nil
	}
	mcs, err := x.f.GetMergeCells(name)
	if err != nil {
		return nil
	}
	var out []xlsxMerge
	for _, mc := range mcs {
		c0, r0, err1 := excelize.CellNameToCoordinates(mc.GetStartAxis())
		c1, r1, err2 := excelize.CellNameToCoordinates(mc.GetEndAxis())
		if err1 != nil || err2 != nil || r1 < r0 || c1 < c0 || r0 > nrows {
			continue
		}
		area := (min(r1, nrows) - r0 + 1) * (c1 - c0 + 1)
		if area > maxTableRowspan*maxTableCols || x.slots+area > maxSheetSlots {
			continue
		}
		x.slots += area
		out = append(out, xlsxMerge{r0 - 1, c0 - 1, r1 - 1, c1 - 1})
	}
	return out
}

// tableRows turns the grid into table rows, merged ranges expressed as a
// .docx table would hold them: the first cell spans the range's columns
// (colspan) and each later row of the range has a continuation cell
// (mergeUp) at its left column.
func tableRows(grid [][]string, merges []xlsxMerge) []tableRow {
	type mark struct {
		m     xlsxMerge
		first bool // the range's top-left cell
	}
	covered := map[[2]int]mark{}
	rowEnd := make([]int, len(grid)) // past the last merged column, by row
	for _, m := range merges {
		if m.r0 >= len(grid) {
			continue
		}
		for r := m.r0; r <= m.r1 && r < len(grid); r++ {
			rowEnd[r] = max(rowEnd[r], m.c1+1)
			for c := m.c0; c <= m.c1; c++ {
				covered[[2]int{r, c}] = mark{m: m, first: r == m.r0 && c == m.c0}
			}
		}
	}
	rows := make([]tableRow, len(grid))
	for r, g := range grid {
		var cells []*tableCell
		for c := 0; c < max(len(g), rowEnd[r]); c++ {
			text := ""
			if c < len(g) {
				text = g[c]
			}
			mk, inMerge := covered[[2]int{r, c}]
			switch {
			case !inMerge:
				cells = append(cells, &tableCell{text: text})
			case mk.first:
				cells = append(cells, &tableCell{text: text, colspan: mk.m.c1 - mk.m.c0 + 1})
			case c == mk.m.c0:
				cells = append(cells, &tableCell{mergeUp: true, colspan: mk.m.c1 - mk.m.c0 + 1})
			}
		}
		rows[r] = tableRow{cells: cells}
	}
	return rows
}

// rowEmpty reports whether a row shows nothing: no text and no part of a
// merged range.
func rowEmpty(row tableRow) bool {
	for _, c := range row.cells {
		if c.text != "" || c.mergeUp {
			return false
		}
	}
	return true
}

// filled counts the cells of a row that hold text.
func filled(row tableRow) int {
	n := 0
	for _, c := range row.cells {
		if c.text != "" {
			n++
		}
	}
	return n
}

// blockLines renders one block of rows (no empty row inside): its leading
// one-value rows as plain lines, the rest as a table whose first row (and
// second, under a grouped first row) is the header when it holds only
// labels.
func blockLines(rows []tableRow, budget *int) []string {
	var lines []string
	for len(rows) > 0 && filled(rows[0]) <= 1 && !hasMergeUp(rows[0]) {
		for _, c := range rows[0].cells {
			if c.text != "" {
				lines = append(lines, c.text)
			}
		}
		rows = rows[1:]
	}
	if len(rows) == 0 {
		return lines
	}
	if len(rows) > 1 && isLabelRow(rows[0]) {
		rows[0].header = true
		if len(rows) > 2 && isLabelRow(rows[1]) && grouped(rows[0]) {
			rows[1].header = true
		}
		if first := rows[0].cells[0]; first.text == "" && !first.mergeUp {
			// A cross table's empty corner: the row labels need a
			// column label for each row to read as "表头：值" pairs.
			first.text = "项目"
		}
	}
	return append(lines, formatTable(rows, budget)...)
}

// hasMergeUp reports whether a row continues a merged range from above.
func hasMergeUp(row tableRow) bool {
	for _, c := range row.cells {
		if c.mergeUp {
			return true
		}
	}
	return false
}

// grouped reports whether a header row has a cell spanning columns (a
// group label over the row below it).
func grouped(row tableRow) bool {
	for _, c := range row.cells {
		if c.colspan > 1 {
			return true
		}
	}
	return false
}

// isLabelRow reports whether a row reads as column labels: two values or
// more, none of them a number (a year such as 2023 is a label).
func isLabelRow(row tableRow) bool {
	if filled(row) < 2 {
		return false
	}
	for _, c := range row.cells {
		if c.text != "" && cellIsNumber(c.text) {
			return false
		}
	}
	return true
}

// sheetNumber is a cell holding one number, perhaps with a sign, percent
// sign or a short unit (group 1).
var sheetNumber = regexp.MustCompile(`^[-+<>≥≤约]*\s*[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\s*([%‰％]|[^\s0-9０-９]{1,4})?$`)

// yearLabel is a year used as a column label: 2023, 2023年, 2023年度.
var yearLabel = regexp.MustCompile(`^(19|20)\d\d(年度?)?$`)

// cellIsNumber reports whether a cell holds a figure rather than a label
// ("2023", "2023年目标" and "2023年度" are labels).
func cellIsNumber(s string) bool {
	if yearLabel.MatchString(s) {
		return false
	}
	m := sheetNumber.FindStringSubmatch(s)
	return m != nil && !strings.HasPrefix(m[1], "年")
}
