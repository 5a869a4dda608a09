package extract

import (
	"bytes"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
)

func TestOpenHexAtEnd(t *testing.T) {
	for _, tt := range []struct {
		in   string
		open bool
	}{
		{"BT /F1 1 Tf <0001> Tj ET", false},
		{"BT /F1 1 Tf <000", true},
		{"BT /F1 1 Tf <", true},
		{"<0 0 1\n", true},
		{"<< /A 1 >> <00>", false},
		{"(a < b) Tj", false},
		{"(a \\( < b) Tj", false},
		{"(unclosed <00", false},
		{"% comment <00\n(x) Tj", false},
		{"<00zz", false},           // the library fails on the pair zz
		{"<<<\xba\xba\xba<", true}, // in a dictionary it recovers from the bad pair, and meets "<" at the end
		{"<< /A (\\q <", true},     // and from a bad escape
		{"<< /A (\\n <", false},    // a good escape keeps the string open
		{"< X", true},              // but only once the pair is complete
		{"<0 ", true},
		{"<0>", false}, // '>' as a pair's second digit fails
		{"<>", false},
		{"", false},
	} {
		budget := int64(1 << 20)
		open, err := openHexAtEnd(strings.NewReader(tt.in), &budget)
		if open != tt.open || err != nil {
			t.Errorf("%q: open %v (%v), want %v", tt.in, open, err, tt.open)
		}
	}
	budget := int64(10)
	if _, err := openHexAtEnd(strings.NewReader(strings.Repeat("(x) Tj ", 10)), &budget); err != errPDFStreamBudget {
		t.Errorf("over budget: %v", err)
	}
}

// A content stream ending in an open hex string used to hang the PDF
// library forever (each such file cost the whole PDF timeout and left a
// goroutine spinning). Now the page is found unsafe before the library
// interprets it and is left out: the file reads as one without text.
func TestPDFOpenHexStringDoesNotHang(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	onePage := func(content string, font string, more ...string) []byte {
		return pdfObjects(append([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdfStream(content),
			font,
		}, more...)...)
	}
	helvetica := "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
	cases := []struct {
		name string
		data []byte
	}{
		{"content", onePage("BT /F1 1 Tf <000", helvetica)},
		{"content after text", onePage("BT /F1 12 Tf 72 720 Td <00010002", helvetica)},
		{"content of one byte", onePage("<", helvetica)},
		// The same in a font's ToUnicode map.
		{"ToUnicode map", onePage("BT /F1 12 Tf <0001> Tj ET",
			"<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R >>",
			pdfStream("begincmap 1 beginbfchar <0001> <536B"))},
	}
	// The check tells the hostile pages from a sound one.
	if ok, err := firstPageSafe(t, onePage("BT /F1 12 Tf 72 720 Td <0001> Tj ET", helvetica)); !ok || err != nil {
		t.Fatalf("a page whose hex strings close: safe %v (%v), want safe", ok, err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if ok, err := firstPageSafe(t, c.data); ok || err != nil {
				t.Fatalf("page found safe %v (%v), want unsafe", ok, err)
			}
			// Left out, the page gives no text: the skip for a PDF without
			// text, not "parsing timed out" after the library hung.
			_, err := Bytes(bg, "doc.pdf", c.data, Limits{PDFTimeout: time.Minute})
			wantSkip(t, err, "pdf has no extractable text")
		})
	}
}

// firstPageSafe runs the stream check pdfPages runs on data's first page.
func firstPageSafe(t *testing.T, data []byte) (bool, error) {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var stop atomic.Bool
	pages := pdfPageList(r, &stop)
	if len(pages) == 0 {
		t.Fatal("no page")
	}
	c := &streamChecker{budget: 1 << 20, cmaps: map[string]bool{}}
	return c.pageSafe(pages[0])
}
