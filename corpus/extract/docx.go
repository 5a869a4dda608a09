package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"

	"golang.org/x/net/html/charset"
)

// errExpandLimit is returned by capReader when a zip entry expands beyond
// Limits.MaxExpandedBytes.
var errExpandLimit = errors.New("decompressed size limit exceeded")

// capReader counts the bytes actually read from a decompressing reader and
// fails once more than max bytes came out, whatever the zip headers claim.
type capReader struct {
	r   io.Reader
	n   int64 // bytes read so far, shared budget across entries
	max int64
}

// Read implements io.Reader.
func (c *capReader) Read(p []byte) (int, error) {
	if c.n > c.max {
		return 0, errExpandLimit
	}
	if rem := c.max + 1 - c.n; int64(len(p)) > rem {
		p = p[:rem] // one byte more than allowed tells "at limit" from "over"
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	if c.n > c.max {
		return n, errExpandLimit
	}
	return n, err
}

// Namespaces of WordprocessingML (transitional and strict), markup
// compatibility and Office math.
const (
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsM       = "http://schemas.openxmlformats.org/officeDocument/2006/math"
)

// readDOCX returns the text of a Word document: paragraphs as lines and
// tables as one line per row.
func readDOCX(data []byte, lim Limits) (string, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return "", skipf("docx is not a valid zip archive (truncated or corrupt file)")
	}
	budget := &capReader{max: lim.MaxExpandedBytes}
	f := findZipFile(zr, "word/document.xml")
	if f == nil {
		if target := mainPartName(zr, budget); target != "" {
			f = findZipFile(zr, target)
		}
	}
	if budget.n > budget.max {
		return "", expandSkip(lim)
	}
	if f == nil {
		return "", skipf("docx has no word/document.xml (not a Word document?)")
	}
	rc, err := f.Open()
	if err != nil {
		return "", skipf("docx is corrupt (%s)", errSummary(err))
	}
	defer rc.Close()
	budget.r = rc
	text, err := docxText(budget)
	switch {
	case errors.Is(err, errExpandLimit):
		return "", expandSkip(lim)
	case errors.Is(err, zip.ErrFormat):
		// archive/zip also refuses entries that inflate past their header.
		return "", skipf("docx is corrupt (zip entry does not match its header)")
	case err != nil:
		return "", skipf("docx is corrupt (%s)", errSummary(err))
	}
	return text, nil
}

// expandSkip is the SkipError for a zip bomb.
func expandSkip(lim Limits) error {
	return skipf("docx expands beyond %s (zip bomb?)", sizeString(lim.MaxExpandedBytes))
}

// errSummary shortens an error message for a skip reason.
func errSummary(err error) string {
	s := strings.ToValidUTF8(err.Error(), "?")
	if len(s) > 100 {
		s = s[:100] + "..."
	}
	return s
}

// findZipFile returns the entry called name (compared case-insensitively,
// as Windows tools do not agree on case), or nil.
func findZipFile(zr *zip.Reader, name string) *zip.File {
	for _, f := range zr.File {
		if f.Name == name {
			return f
		}
	}
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, name) {
			return f
		}
	}
	return nil
}

// mainPartName reads _rels/.rels for the officeDocument relationship
// target, for generators that do not call the main part document.xml.
func mainPartName(zr *zip.Reader, budget *capReader) string {
	f := findZipFile(zr, "_rels/.rels")
	if f == nil {
		return ""
	}
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	budget.r = rc
	dec := xml.NewDecoder(budget)
	dec.Strict = false
	for {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Relationship" {
			continue
		}
		var typ, target string
		for _, a := range se.Attr {
			switch a.Name.Local {
			case "Type":
				typ = a.Value
			case "Target":
				target = a.Value
			}
		}
		if strings.HasSuffix(typ, "/officeDocument") && target != "" {
			return strings.TrimPrefix(path.Clean("/"+target), "/")
		}
	}
}

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
	for _, l := range strings.Split(d.para.String(), "\n") {
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
