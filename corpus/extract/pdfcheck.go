package extract

import (
	"bytes"
	"fmt"
)

// Bounds for numbers that make the PDF library allocate: it sizes its
// cross-reference table from /Size, xref subsection headers and /Index,
// and buffers from /W and /Columns, before reading any object. A corrupt
// or hostile value there means a multi-gigabyte allocation, which is an
// unrecoverable out-of-memory crash rather than a panic, so such files
// never reach the library.
const (
	maxPDFObjects = 2_000_000 // no real document under 64 MiB has more
	maxPDFXrefW   = 16        // bytes per xref stream field (8 is plenty)
	maxPDFColumns = 1 << 20   // PNG predictor columns
)

// pdfSanity scans data for allocation-driving numbers the library would
// trust and returns an error naming the first implausible one.
func pdfSanity(data []byte) error {
	if err := checkPDFNumbers(data, "/Size", false, maxPDFObjects); err != nil {
		return err
	}
	if err := checkPDFNumbers(data, "/Columns", false, maxPDFColumns); err != nil {
		return err
	}
	// /W and /Index matter in cross-reference stream dictionaries only
	// (font dictionaries use /W for glyph widths): check them near each
	// /XRef type entry.
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("/XRef"))
		if j < 0 {
			break
		}
		at := i + j
		i = at + len("/XRef")
		window := data[max(0, at-1024):min(len(data), at+1024)]
		if err := checkPDFNumbers(window, "/W", true, maxPDFXrefW); err != nil {
			return err
		}
		if err := checkPDFNumbers(window, "/Index", true, maxPDFObjects); err != nil {
			return err
		}
	}
	return xrefSanity(data)
}

// checkPDFNumbers checks every integer following the name key (or inside
// the array following it) against limit.
func checkPDFNumbers(data []byte, key string, array bool, limit int64) error {
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte(key))
		if j < 0 {
			return nil
		}
		i += j + len(key)
		if i < len(data) && isPDFRegular(data[i]) {
			continue // a longer name such as /Width or /SizeX
		}
		p := skipPDFSpace(data, i)
		if !array {
			if n, _, ok := pdfInt(data, p); ok && n > limit {
				return fmt.Errorf("implausible %s %d", key, n)
			}
			continue
		}
		if p >= len(data) || data[p] != '[' {
			continue
		}
		p++
		for k := 0; k < 64; k++ { // the arrays checked here are short
			p = skipPDFSpace(data, p)
			n, next, ok := pdfInt(data, p)
			if !ok {
				break
			}
			if n > limit {
				return fmt.Errorf("implausible %s entry %d", key, n)
			}
			p = next
		}
	}
}

// xrefSanity checks the subsection headers ("start count") of classic
// cross-reference tables.
func xrefSanity(data []byte) error {
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("xref"))
		if j < 0 {
			return nil
		}
		start := i + j
		i = start + 4
		if start > 0 && isPDFRegular(data[start-1]) {
			continue // startxref
		}
		p := i
		for sub := 0; sub < 1000; sub++ {
			p = skipPDFSpace(data, p)
			first, next, ok := pdfInt(data, p)
			if !ok {
				break
			}
			p = skipPDFSpace(data, next)
			count, next, ok := pdfInt(data, p)
			if !ok {
				break
			}
			if first > maxPDFObjects || count > maxPDFObjects || first+count > maxPDFObjects {
				return fmt.Errorf("implausible xref subsection %d %d", first, count)
			}
			p = next
			// Skip the entries: three tokens each.
			for e := int64(0); e < 3*count && p < len(data); e++ {
				p = skipPDFSpace(data, p)
				for p < len(data) && isPDFRegular(data[p]) {
					p++
				}
			}
		}
	}
}

// isPDFRegular reports whether c is a PDF regular character (not white
// space, not a delimiter).
func isPDFRegular(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return false
	}
	return true
}

// skipPDFSpace returns the index of the first non-white-space byte at or
// after p.
func skipPDFSpace(data []byte, p int) int {
	for p < len(data) {
		switch data[p] {
		case 0, '\t', '\n', '\f', '\r', ' ':
			p++
		default:
			return p
		}
	}
	return p
}

// pdfInt reads an optionally signed decimal integer at p, saturating
// instead of overflowing. It returns the value, the index after it and
// whether digits were found.
func pdfInt(data []byte, p int) (int64, int, bool) {
	if p < len(data) && (data[p] == '+' || data[p] == '-') {
		if data[p] == '-' {
			// Negative values do not allocate; the library rejects them.
			q := p + 1
			for q < len(data) && data[q] >= '0' && data[q] <= '9' {
				q++
			}
			return 0, q, q > p+1
		}
		p++
	}
	var n int64
	q := p
	for q < len(data) && data[q] >= '0' && data[q] <= '9' {
		if n < 1<<40 {
			n = n*10 + int64(data[q]-'0')
		}
		q++
	}
	return n, q, q > p
}
