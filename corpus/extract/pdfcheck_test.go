package extract

import (
	"strings"
	"testing"
)

func TestPDFSanity(t *testing.T) {
	cases := []struct {
		name, data string
		want       string // "" means no error
	}{
		{"generated pdf", string(makePDF("Hello")), ""},
		{"huge xref subsection", "%PDF-1.4\nxref\n0 99999999999\n0000000000 65535 f \ntrailer", "xref subsection"},
		{"huge xref start", "xref\n3000000000 1\n0000000000 65535 f \ntrailer", "xref subsection"},
		{"second subsection checked", "xref\n0 1\n0000000000 65535 f \n5 90000000\n", "xref subsection"},
		{"startxref is not xref", "startxref\n99999999999\n%%EOF", ""},
		{"huge size", "trailer << /Size 99999999 /Root 1 0 R >>", "/Size"},
		{"saturating size", "<< /Size 99999999999999999999999999999 >>", "/Size"},
		{"negative size", "<< /Size -5 >>", ""},
		{"xref stream W", "<< /Type /XRef /Size 10 /W [1 99999999 1] >>", "/W"},
		{"xref stream Index", "<< /Type /XRef /Index [0 5 99999999 2] /W [1 2 1] >>", "/Index"},
		{"font widths are not xref W", "<< /Type /Font /Subtype /CIDFontType2 /W [1 [500 600] 10 20 1000] >>", ""},
		{"huge columns", "<< /DecodeParms << /Predictor 12 /Columns 99999999 >> >>", "/Columns"},
		{"longer names ignored", "<< /Width 99999999 /SizeX 99999999 >>", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := pdfSanity([]byte(c.data))
			switch {
			case c.want == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Fatalf("want error containing %q, got %v", c.want, err)
			}
		})
	}
}

func TestPDFAllocationBombSkipped(t *testing.T) {
	fakePDFToText(t, "")
	data := []byte(strings.Replace(string(makePDF("Hello")), "xref\n0 6\n", "xref\n0 4000000000\n", 1))
	_, err := Bytes(bg, "bomb.pdf", data, Limits{})
	wantSkip(t, err, "implausible xref subsection")
}
