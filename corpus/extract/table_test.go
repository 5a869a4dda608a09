package extract

import (
	"strings"
	"testing"
)

// row builds a tableRow from cell texts.
func row(header bool, cells ...string) tableRow {
	r := tableRow{header: header}
	for _, c := range cells {
		r.cells = append(r.cells, &tableCell{text: c})
	}
	return r
}

func TestFormatTable(t *testing.T) {
	cases := []struct {
		name string
		rows []tableRow
		want string
	}{
		{"empty", nil, ""},
		{"plain", []tableRow{row(false, "a", "b"), row(false, "c", "")}, "a | b\nc"},
		{"plain keeps inner empty cells", []tableRow{row(false, "a", "", "c")}, "a |  | c"},
		{"plain empty first cell", []tableRow{row(false, "", "2022", "2023"), row(false, "门诊", "1", "2")}, "| 2022 | 2023\n门诊 | 1 | 2"},
		{"plain drops empty rows", []tableRow{row(false, "", ""), row(false, "x")}, "x"},
		{"header only", []tableRow{row(true, "甲", "乙")}, "甲 | 乙"},
		{"header pairs", []tableRow{row(true, "甲", "乙"), row(false, "1", "2")}, "甲：1；乙：2"},
		{"more cells than headers", []tableRow{row(true, "甲"), row(false, "1", "2")}, "甲：1；2"},
		{"cell equal to header", []tableRow{row(true, "甲", "乙"), row(false, "甲", "2")}, "甲；乙：2"},
		{"two header rows", []tableRow{row(true, "指标", "指标"), row(true, "名称", "值"), row(false, "a", "1")}, "指标/名称：a；指标/值：1"},
		{"empty data row", []tableRow{row(true, "甲"), row(false, "")}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(formatTable(c.rows, newBudget()), "\n"); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestFormatTableSpans(t *testing.T) {
	huge := tableRow{cells: []*tableCell{{text: "x", colspan: 1 << 30, rowspan: 1 << 30}}}
	got := formatTable([]tableRow{huge, row(false, "y")}, newBudget())
	if strings.Join(got, "\n") != "x\nx | y" {
		t.Errorf("got %q", got)
	}
	grid := buildGrid([]tableRow{huge}, newBudget())
	if len(grid[0]) != maxTableCols {
		t.Errorf("width %d, want cap %d", len(grid[0]), maxTableCols)
	}
	// A merge-up cell in the first row has nothing above it.
	merged := tableRow{cells: []*tableCell{{text: "", mergeUp: true}, {text: "b"}}}
	if got := strings.Join(formatTable([]tableRow{merged}, newBudget()), "\n"); got != "| b" {
		t.Errorf("merge in first row: %q", got)
	}
}

// newBudget returns a fresh grid budget.
func newBudget() *int {
	b := maxGridSpan
	return &b
}

func TestGridBudget(t *testing.T) {
	b := 10
	wide := tableRow{cells: []*tableCell{{text: "a", colspan: 8}, {text: "b", colspan: 8}, {text: "c", colspan: 8}}}
	grid := buildGrid([]tableRow{wide}, &b)
	// a takes 8 entries, b the remaining budget and beyond, c only one.
	if got := len(grid[0]); got != 17 {
		t.Errorf("width %d, want 17", got)
	}
}

func TestLooksLikeHeader(t *testing.T) {
	cases := []struct {
		rows []tableRow
		want bool
	}{
		{[]tableRow{row(false, "项目", "数量"), row(false, "a", "1")}, true},
		{[]tableRow{row(false, "项目", "数量")}, false},
		{[]tableRow{row(false, "项目"), row(false, "a")}, false},
		{[]tableRow{row(false, "项目", ""), row(false, "a", "1")}, false},
		{[]tableRow{row(false, strings.Repeat("长", 41), "数量"), row(false, "a", "1")}, false},
	}
	for i, c := range cases {
		if got := looksLikeHeader(c.rows); got != c.want {
			t.Errorf("case %d: got %v", i, got)
		}
	}
}
