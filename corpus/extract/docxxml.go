package extract

import (
	"encoding/xml"
	"io"
	"strings"

	"golang.org/x/net/html/charset"
)

// Namespaces of WordprocessingML (transitional and strict), markup
// compatibility and Office math.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsM       = "http://schemas.openxmlformats.org/officeDocument/2006/math"
)

// docxTable is a table being read.
type docxTable struct {
	rows []tableRow
	cell []string // paragraphs of the open cell
	row  *tableRow
	in   bool // a cell is open
}

// docxReader holds the state of the document.xml walk.
type docxReader struct {
	lines  []string
	para   strings.Builder
	tables []*docxTable
	cells  int // table cells created, capped at maxTableCells
	budget int // grid allowance (see maxGridSpan)
}

// sink returns where finished paragraphs go: the open table cell or the
// document.
func (d *docxReader) sink() *[]string {
	if n := len(d.tables); n > 0 && d.tables[n-1].in {
		return &d.tables[n-1].cell
	}
	return &d.lines
}

// endPara finishes the current paragraph.
func (d *docxReader) endPara() {
	if d.para.Len() == 0 {
		return
	}
	s := d.sink()
	for _, l := range strings.Split(normalize(d.para.String()), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			*s = append(*s, l)
		}
	}
	d.para.Reset()
}

// isW reports whether name is in the WordprocessingML namespace (or has
// the plain "w" prefix when the namespace declaration is missing).
func isW(name xml.Name) bool {
	return name.Space == nsW || name.Space == nsWStrict || name.Space == "w"
}

// attr returns the value of the attribute with local name local.
func attr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// docxText walks document.xml with streaming tokens.
func docxText(r io.Reader) (string, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	d := &docxReader{budget: maxGridSpan}
	runDepth := 0  // open w:r elements
	inText := 0    // open w:t / m:t elements
	skipDepth := 0 // depth inside an mc:Fallback subtree
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skipDepth > 0 {
				skipDepth++
				continue
			}
			if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
				// Word stores text boxes twice (Choice and Fallback).
				skipDepth = 1
				continue
			}
			if t.Name.Space == nsM && t.Name.Local == "t" {
				inText++
				continue
			}
			if !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "p":
				d.endPara() // a paragraph in a text box inside a paragraph
			case "r":
				runDepth++
			case "t":
				inText++
			case "tab", "ptab":
				if runDepth > 0 {
					d.para.WriteByte('\t')
				}
			case "br", "cr":
				if runDepth > 0 {
					d.para.WriteByte('\n')
				}
			case "noBreakHyphen":
				d.para.WriteByte('-')
			case "tbl":
				d.endPara()
				d.tables = append(d.tables, &docxTable{})
			case "tr":
				if tb := d.table(); tb != nil {
					tb.row = &tableRow{}
				}
			case "tc":
				d.endPara()
				if tb := d.table(); tb != nil {
					if tb.row == nil {
						tb.row = &tableRow{}
					}
					// Past the cap no cells are made: their paragraphs
					// become plain lines.
					if d.cells < maxTableCells {
						tb.row.cells = append(tb.row.cells, &tableCell{})
						d.cells++
						tb.cell, tb.in = nil, true
					}
				}
			case "tblHeader":
				if tb := d.table(); tb != nil && tb.row != nil && onOff(t) {
					tb.row.header = true
				}
			case "gridSpan":
				if c := d.cell(); c != nil {
					v, _ := attr(t, "val")
					c.colspan = atoiSpan([]byte(v))
				}
			case "vMerge":
				if c := d.cell(); c != nil {
					if v, _ := attr(t, "val"); v == "" || v == "continue" {
						c.mergeUp = true
					}
				}
			}
		case xml.EndElement:
			if skipDepth > 0 {
				skipDepth--
				continue
			}
			if t.Name.Space == nsM && t.Name.Local == "t" {
				inText = max(inText-1, 0)
				continue
			}
			if !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "p":
				d.endPara()
			case "r":
				runDepth = max(runDepth-1, 0)
			case "t":
				inText = max(inText-1, 0)
			case "tc":
				d.endPara()
				if tb := d.table(); tb != nil && tb.in {
					if c := d.cell(); c != nil {
						c.text = strings.Join(tb.cell, " ")
						c.lines = tb.cell
					}
					tb.in = false
				}
			case "tr":
				if tb := d.table(); tb != nil && tb.row != nil {
					if len(tb.row.cells) > 0 {
						tb.rows = append(tb.rows, *tb.row)
					}
					tb.row = nil
				}
			case "tbl":
				d.endPara()
				if n := len(d.tables); n > 0 {
					tb := d.tables[n-1]
					d.tables = d.tables[:n-1]
					lines := tb.format(&d.budget)
					s := d.sink()
					*s = append(*s, lines...)
				}
			}
		case xml.CharData:
			if skipDepth == 0 && inText > 0 {
				d.para.Write(t)
			}
		}
	}
	d.endPara()
	// Unclosed tables in a truncated document: keep what was read.
	for len(d.tables) > 0 {
		n := len(d.tables)
		tb := d.tables[n-1]
		d.tables = d.tables[:n-1]
		s := d.sink()
		*s = append(*s, tb.format(&d.budget)...)
	}
	return strings.Join(d.lines, "\n"), nil
}

// table returns the innermost open table, or nil.
func (d *docxReader) table() *docxTable {
	if n := len(d.tables); n > 0 {
		return d.tables[n-1]
	}
	return nil
}

// cell returns the open cell of the innermost table, or nil.
func (d *docxReader) cell() *tableCell {
	tb := d.table()
	if tb == nil || !tb.in || tb.row == nil || len(tb.row.cells) == 0 {
		return nil
	}
	return tb.row.cells[len(tb.row.cells)-1]
}

// format renders the table: one-column tables as plain lines, others with
// formatTable, taking the first row as header when Word marks it as one or
// it looks like column labels.
func (tb *docxTable) format(budget *int) []string {
	if tb.row != nil && len(tb.row.cells) > 0 {
		tb.rows = append(tb.rows, *tb.row) // unclosed row
		tb.row = nil
	}
	width := 0
	for _, r := range tb.rows {
		width = max(width, len(r.cells))
	}
	if width == 1 {
		var lines []string
		for _, r := range tb.rows {
			lines = append(lines, r.cells[0].lines...)
		}
		return lines
	}
	if len(tb.rows) > 0 && !tb.rows[0].header && looksLikeHeader(tb.rows) {
		tb.rows[0].header = true
	}
	return formatTable(tb.rows, budget)
}

// onOff reads a WordprocessingML on/off property (absent val means on).
func onOff(se xml.StartElement) bool {
	v, ok := attr(se, "val")
	if !ok {
		return true
	}
	switch strings.ToLower(v) {
	case "0", "false", "off":
		return false
	}
	return true
}
