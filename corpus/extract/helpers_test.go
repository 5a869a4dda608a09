package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Traditional Chinese fixtures (all characters exist in Big5).
const (
	tradText1 = "全市衛生健康系統堅持以人民健康為中心，深化醫藥衛生體制改革，加強基層醫療衛生服務能力建設，傳染病防控工作取得顯著成效。"
	tradText2 = "今年以來，我局認真落實上級部門的工作部署，積極開展愛國衛生運動，完成兒童預防接種和孕產婦健康管理任務，群眾滿意度明顯提高。"
	simpText1 = "全市卫生健康系统坚持以人民健康为中心，深化医药卫生体制改革，加强基层医疗卫生服务能力建设，传染病防控工作取得显著成效。"
)

// encode encodes s with e, failing the test on unencodable runes.
func encode(t testing.TB, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

// sampleFiles returns the sample report paths.
func sampleFiles(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../samples/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no samples in ../samples: %v", err)
	}
	return files
}

// sampleText returns the first sample's text.
func sampleText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(sampleFiles(t)[0])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// firstRunes returns the first n runes of s.
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// wantSkip fails unless err is a *SkipError whose reason contains want.
func wantSkip(t testing.TB, err error, want string) {
	t.Helper()
	var se *SkipError
	if !errors.As(err, &se) {
		t.Fatalf("want *SkipError containing %q, got %v", want, err)
	}
	if !strings.Contains(se.Reason, want) {
		t.Fatalf("skip reason %q does not contain %q", se.Reason, want)
	}
}

// checkInvariants fails when a successful result breaks Result's promises.
func checkInvariants(t testing.TB, res Result) {
	t.Helper()
	if !utf8.ValidString(res.Text) {
		t.Fatalf("text is not valid UTF-8: %q", res.Text)
	}
	for _, r := range res.Text {
		if r == 0 || r == '\r' || (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			t.Fatalf("text contains control character %U: %q", r, res.Text)
		}
	}
	if strings.HasPrefix(res.Text, "\ufeff") {
		t.Fatalf("text starts with a BOM")
	}
}

// docxFile is one entry of a test docx.
type docxFile struct {
	name, body string
}

// makeZip builds a zip archive from files, compressed with Deflate.
func makeZip(t testing.TB, files ...docxFile) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range files {
		w, err := zw.Create(f.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(f.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docXML wraps body paragraphs in a WordprocessingML document.
func docXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
		`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
		`<w:body>` + body + `<w:sectPr/></w:body></w:document>`
}

// wp is a paragraph with one run holding text.
func wp(text string) string {
	return `<w:p><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// wtbl builds a table from rows of cell texts; trPr is inserted in the
// first row when non-empty.
func wtbl(firstTrPr string, rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr/><w:tblGrid/>`)
	for i, row := range rows {
		b.WriteString(`<w:tr>`)
		if i == 0 && firstTrPr != "" {
			b.WriteString(`<w:trPr>` + firstTrPr + `</w:trPr>`)
		}
		for _, c := range row {
			b.WriteString(`<w:tc><w:tcPr/>` + wp(c) + `</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// makeDocx builds a minimal docx holding body.
func makeDocx(t testing.TB, body string) []byte {
	t.Helper()
	return makeZip(t,
		docxFile{"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`},
		docxFile{"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`},
		docxFile{"word/document.xml", docXML(body)},
	)
}

// pdfObjects assembles a PDF from object bodies (object i+1 is objs[i])
// with a correct xref table. Object 1 must be the catalog.
func pdfObjects(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// pdfStream is a stream object body holding content.
func pdfStream(content string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content), content)
}

// makePDF builds a one-page PDF showing lines in Helvetica.
func makePDF(lines ...string) []byte {
	var c strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&c, "BT /F1 12 Tf 72 %d Td (%s) Tj ET\n", 720-20*i, l)
	}
	return pdfObjects(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdfStream(c.String()),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	)
}

// makeGBKPDF builds a PDF whose font uses the GBK-EUC-H CMap with no
// ToUnicode map, as many Chinese government PDFs do: the library cannot
// decode its text.
func makeGBKPDF(t testing.TB, text []byte) []byte {
	t.Helper()
	content := fmt.Sprintf("BT /F1 12 Tf 72 720 Td <%X> Tj ET", text)
	return pdfObjects(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdfStream(content),
		"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /GBK-EUC-H >>",
	)
}

// bg is a background context for tests.
var bg = context.Background()
var gbkEnc = simplifiedchinese.GBK

// isSkip reports whether err is a *SkipError.
func isSkip(err error) bool {
	var se *SkipError
	return errors.As(err, &se)
}
