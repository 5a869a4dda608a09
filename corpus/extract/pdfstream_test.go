package extract

import (
	"strings"
	"testing"
	"time"
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
// goroutine spinning). Now the page is left out at once.
func TestPDFOpenHexStringDoesNotHang(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	for _, content := range []string{"BT /F1 1 Tf <000", "BT /F1 12 Tf 72 720 Td <00010002", "<"} {
		data := pdfObjects(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdfStream(content),
			"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		)
		start := time.Now()
		_, err := Bytes(bg, "doc.pdf", data, Limits{PDFTimeout: time.Minute})
		if !isSkip(err) {
			t.Errorf("%q: %v, want a skip", content, err)
		}
		if errorsIsTimeout(err) || time.Since(start) > 30*time.Second {
			t.Errorf("%q: the library hung (%v)", content, err)
		}
	}
	// The same in a font's ToUnicode map.
	data := pdfObjects(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdfStream("BT /F1 12 Tf <0001> Tj ET"),
		"<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R >>",
		pdfStream("begincmap 1 beginbfchar <0001> <536B"),
	)
	if _, err := Bytes(bg, "doc.pdf", data, Limits{PDFTimeout: time.Minute}); !isSkip(err) || errorsIsTimeout(err) {
		t.Errorf("open hex string in a CMap: %v", err)
	}
}

// errorsIsTimeout reports whether a skip says the PDF timed out.
func errorsIsTimeout(err error) bool {
	return err != nil && strings.Contains(err.Error(), "timed out")
}
