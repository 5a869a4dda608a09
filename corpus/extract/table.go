package extract

import (
	"strings"
	"unicode/utf8"
)

// tableCell is one cell of a table read from HTML or docx.
type tableCell struct {
	text    string   // cell text on one line
	lines   []string // the cell's paragraphs (docx), for one-column tables
	colspan int      // columns covered (HTML colspan, docx gridSpan); 0 means 1
	rowspan int      // rows covered (HTML rowspan); 0 means 1
	mergeUp bool     // docx vMerge continuation: the cell above covers this one
}

// tableRow is one row of a table.
type tableRow struct {
	cells  []*tableCell
	header bool // th cells, thead or docx tblHeader
}

// Table size caps: keep hostile colspan/rowspan values from allocating
// huge grids. Spans only widen a table up to maxTableCols columns (cells
// past that still get one column each), and one document may place at
// most maxGridSpan spanned grid entries; after that spans count as 1.
const (
	maxTableCols    = 64
	maxTableRowspan = 1000
	maxGridSpan     = 1 << 22
	maxTableCells   = 1 << 20 // cells per document (docx)
)

// formatTable renders rows as lines. When the table starts with header
// rows, each later row becomes "header：cell；header：cell" (cells whose
// text is empty are left out); otherwise each row's cells are joined with
// " | ". Cells spanning several rows are repeated in each row they cover,
// so every line stands on its own.
//
// budget is the document's remaining allowance of spanned grid entries
// (see maxGridSpan); formatTable decrements it.
func formatTable(rows []tableRow, budget *int) []string {
	grid := buildGrid(rows, budget)
	headerRows := 0
	for headerRows < len(rows) && rows[headerRows].header {
		headerRows++
	}
	if headerRows == 0 || headerRows == len(rows) {
		var lines []string
		for _, g := range grid {
			if line := joinPlain(g); line != "" {
				lines = append(lines, line)
			}
		}
		return lines
	}

	width := 0
	for _, g := range grid {
		width = max(width, len(g))
	}
	labels := make([]string, width)
	for col := range labels {
		var parts []string
		for _, g := range grid[:headerRows] {
			if col < len(g) && g[col] != nil && g[col].text != "" {
				t := g[col].text
				if len(parts) == 0 || parts[len(parts)-1] != t {
					parts = append(parts, t)
				}
			}
		}
		labels[col] = strings.Join(parts, "/")
	}

	var lines []string
	for _, g := range grid[headerRows:] {
		var parts []string
		for col, c := range g {
			if c == nil || (col > 0 && g[col-1] == c) || c.text == "" {
				continue
			}
			if l := labels[col]; l != "" && l != c.text {
				parts = append(parts, l+"："+c.text)
			} else {
				parts = append(parts, c.text)
			}
		}
		if len(parts) > 0 {
			lines = append(lines, strings.Join(parts, "；"))
		}
	}
	return lines
}

// joinPlain joins the distinct cells of one grid row with " | ", dropping
// trailing empty cells; it returns "" for an empty row.
func joinPlain(g []*tableCell) string {
	var parts []string
	for col, c := range g {
		if col > 0 && g[col-1] == c {
			continue
		}
		t := ""
		if c != nil {
			t = c.text
		}
		parts = append(parts, t)
	}
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	// An empty first cell leaves "| b": trim the space before the bar.
	return strings.TrimSpace(strings.Join(parts, " | "))
}

// buildGrid places cells on a grid, resolving colspan, rowspan and docx
// vertical merges. A cell covering several columns appears in each of
// them (the same pointer), as does a cell covering several rows.
func buildGrid(rows []tableRow, budget *int) [][]*tableCell {
	type carry struct {
		cell *tableCell
		left int
	}
	var carries []carry // by column: rowspan cells from rows above
	grid := make([][]*tableCell, len(rows))
	for r, row := range rows {
		var g []*tableCell
		col := 0
		for _, c := range row.cells {
			for col < len(carries) && carries[col].left > 0 {
				g = append(g, carries[col].cell)
				carries[col].left--
				col++
				*budget--
			}
			cell := c
			if c.mergeUp && r > 0 && col < len(grid[r-1]) && grid[r-1][col] != nil {
				cell = grid[r-1][col]
			}
			span, rowspan := 1, 1
			if *budget > 0 && col < maxTableCols {
				span = min(max(c.colspan, 1), maxTableCols-col)
				rowspan = min(max(c.rowspan, 1), maxTableRowspan)
			}
			for range span {
				g = append(g, cell)
				if rowspan > 1 {
					for len(carries) <= col {
						carries = append(carries, carry{})
					}
					carries[col] = carry{cell: cell, left: rowspan - 1}
				}
				col++
			}
			*budget -= span
		}
		// Rowspan cells to the right of the last cell of this row.
		for col < len(carries) {
			if carries[col].left > 0 {
				g = append(g, carries[col].cell)
				carries[col].left--
				*budget--
			} else {
				g = append(g, nil)
			}
			col++
		}
		for len(g) > 0 && g[len(g)-1] == nil {
			g = g[:len(g)-1]
		}
		grid[r] = g
	}
	return grid
}

// looksLikeHeader reports whether a docx table's first row reads like
// column labels: at least two rows and two columns, every first-row cell
// non-empty and short.
func looksLikeHeader(rows []tableRow) bool {
	if len(rows) < 2 || len(rows[0].cells) < 2 {
		return false
	}
	for _, c := range rows[0].cells {
		if c.text == "" || c.mergeUp || utf8.RuneCountInString(c.text) > 40 {
			return false
		}
	}
	return true
}
