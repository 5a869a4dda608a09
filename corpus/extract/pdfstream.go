package extract

import (
	"bufio"
	"errors"
	"io"

	"github.com/ledongthuc/pdf"
)

// The PDF library interprets page content streams and fonts' ToUnicode
// CMaps with a lexer whose reader returns '\n' past the end of a stream;
// a hex string left open at the end (“<00 01”) therefore loops forever,
// and the goroutine running it can only be abandoned, burning a CPU until
// the process exits. Found by FuzzPDFContent. Each stream is scanned with
// the same lexical rules before the library sees it, and a page with such
// a stream is left out.

// errPDFStreamBudget means the page's streams decompress beyond the limit.
var errPDFStreamBudget = errors.New("pdf streams decompress beyond the limit")

// streamChecker checks the streams a page would have interpreted, within
// a budget of decompressed bytes for the whole file, remembering the
// fonts' CMaps already checked.
type streamChecker struct {
	budget int64
	cmaps  map[string]bool // String() of a ToUnicode stream -> safe
}

// pageSafe reports whether the library may interpret the page: its
// contents and its fonts' ToUnicode maps close every hex string. A page
// whose streams cannot even be read is safe: the library fails on it too,
// with an error.
func (c *streamChecker) pageSafe(p pdf.Page) (ok bool, err error) {
	defer func() {
		if recover() != nil {
			ok, err = false, nil // the library would fail on it
		}
	}()
	if ok, err := c.streamSafe(p.V.Key("Contents")); !ok || err != nil {
		return ok, err
	}
	fonts := p.Resources().Key("Font")
	for _, name := range fonts.Keys() {
		tu := fonts.Key(name).Key("ToUnicode")
		if tu.Kind() != pdf.Stream {
			continue
		}
		key := tu.String()
		if safe, seen := c.cmaps[key]; seen {
			if !safe {
				return false, nil
			}
			continue
		}
		ok, err := c.streamSafe(tu)
		if err != nil {
			return false, err
		}
		c.cmaps[key] = ok
		if !ok {
			return false, nil
		}
	}
	return true, nil
}

// streamSafe scans a stream, or an array of streams read one after the
// other as the library does with page contents.
func (c *streamChecker) streamSafe(v pdf.Value) (bool, error) {
	var r io.Reader
	switch v.Kind() {
	case pdf.Stream:
		r = v.Reader()
	case pdf.Array:
		readers := make([]io.Reader, 0, v.Len())
		for i := 0; i < v.Len(); i++ {
			readers = append(readers, v.Index(i).Reader())
		}
		r = io.MultiReader(readers...)
	default:
		return true, nil
	}
	open, err := openHexAtEnd(r, &c.budget)
	return !open, err
}

// openHexAtEnd reports whether r ends inside a hex string, lexing as the
// library does: comments run to the end of the line, literal strings nest
// and escape, "<<" opens a dictionary and any other "<" a hex string. A
// hex string closes at '>'. The library fails on a pair of bytes that are
// not both hex digits and on a bad escape in a literal string, but inside
// a dictionary or an array it recovers and lexes on from there: so does
// this scan. A read error other than the end of the stream makes the
// library fail for good. It reads at most *budget bytes, less what it read.
func openHexAtEnd(r io.Reader, budget *int64) (bool, error) {
	br := bufio.NewReaderSize(r, 32<<10)
	var readErr error
	next := func() (byte, bool) {
		if *budget <= 0 {
			readErr = errPDFStreamBudget
			return 0, false
		}
		c, err := br.ReadByte()
		if err != nil {
			readErr = err
			return 0, false
		}
		*budget--
		return c, true
	}
	// stopped is the verdict when the bytes run out; inHex says whether a
	// hex string is open then.
	stopped := func(inHex bool) (bool, error) {
		switch {
		case errors.Is(readErr, errPDFStreamBudget):
			return false, errPDFStreamBudget
		case readErr != io.EOF:
			return false, nil // the library fails on the read error too
		}
		return inHex, nil
	}
	for {
		c, ok := next()
		if !ok {
			return stopped(false)
		}
		switch c {
		case '%':
			for c != '\r' && c != '\n' {
				if c, ok = next(); !ok {
					return stopped(false)
				}
			}
		case '(':
			for depth := 1; depth > 0; {
				if c, ok = next(); !ok {
					return stopped(false)
				}
				switch c {
				case '\\':
					if c, ok = next(); !ok {
						return stopped(false)
					}
					if !validEscape(c) {
						depth = 0 // the library fails here, and may go on lexing
					}
				case '(':
					depth++
				case ')':
					depth--
				}
			}
		case '<':
			if c, ok = next(); !ok {
				return stopped(true)
			}
			if c == '<' {
				continue
			}
			// As the library: digits in pairs, white space skipped, '>'
			// closes in place of a pair's first digit; a bad pair fails.
			for c != '>' {
				if isPDFSpace(c) {
					if c, ok = next(); !ok {
						return stopped(true)
					}
					continue
				}
				c2, ok := next()
				for ok && isPDFSpace(c2) {
					c2, ok = next()
				}
				if !ok {
					return stopped(true)
				}
				if unhex(c) < 0 || unhex(c2) < 0 {
					break // the library fails on this pair, and may go on lexing
				}
				if c, ok = next(); !ok {
					return stopped(true)
				}
			}
		}
	}
}

// validEscape reports whether \c is an escape the library accepts in a
// literal string.
func validEscape(c byte) bool {
	switch c {
	case 'n', 'r', 'b', 't', 'f', '(', ')', '\\', '\r', '\n', '0', '1', '2', '3', '4', '5', '6', '7':
		return true
	}
	return false
}

// unhex is the value of a hex digit, or -1.
func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// isPDFSpace reports the bytes the library treats as white space.
func isPDFSpace(c byte) bool {
	switch c {
	case 0, '\t', '\n', '\f', '\r', ' ':
		return true
	}
	return false
}
