package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"
	"unicode/utf8"
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
	case errors.Is(err, errExpandLimit) || err != nil && budget.n > budget.max:
		// The XML decoder may report the text cut at the limit (a
		// character split, an unclosed element) instead of the
		// limit's error: past the limit, the limit is the reason.
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

// errSummary shortens an error message for a skip reason, to at most 100
// bytes cut at a character boundary (the message may quote the file's
// bytes, and a reason must stay valid UTF-8).
func errSummary(err error) string {
	s := strings.ToValidUTF8(err.Error(), "?")
	if len(s) > 100 {
		cut := 100
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
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
