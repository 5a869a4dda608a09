package extract

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// fuzzLimits keep each fuzz input cheap.
var fuzzLimits = Limits{MaxFileBytes: 1 << 20, MaxExpandedBytes: 4 << 20, PDFTimeout: 2 * time.Second}

// checkFuzzResult asserts the invariants every reader promises: either a
// *SkipError (never another error: there is no I/O and no cancellation
// here) or a valid UTF-8, NUL-free, non-empty text in the right format.
func checkFuzzResult(t *testing.T, res Result, err error, format string) {
	t.Helper()
	if err != nil {
		var se *SkipError
		if !errors.As(err, &se) {
			t.Fatalf("non-skip error: %v", err)
		}
		if se.Reason == "" || !utf8.ValidString(se.Reason) {
			t.Fatalf("bad skip reason %q", se.Reason)
		}
		if res != (Result{}) {
			t.Fatalf("result alongside error: %+v", res)
		}
		return
	}
	if res.Format != format {
		t.Fatalf("format %q, want %q", res.Format, format)
	}
	if strings.TrimSpace(res.Text) == "" {
		t.Fatalf("success with empty text")
	}
	checkInvariants(t, res)
}

// checkTrimmedLines asserts that HTML and docx text has no empty lines
// and no line with surrounding white space.
func checkTrimmedLines(t *testing.T, res Result) {
	t.Helper()
	if res.Text == "" {
		return
	}
	for _, line := range strings.Split(res.Text, "\n") {
		if line == "" || strings.TrimSpace(line) != line {
			t.Fatalf("empty or untrimmed line %q in %q", line, res.Text)
		}
	}
}

// sampleLines returns up to n non-empty lines from each sample file, each
// cut to 60 runes: material for seeds of the structured formats.
func sampleLines(f *testing.F, n int) [][]string {
	var out [][]string
	for _, p := range sampleFiles(f) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		var lines []string
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" && len(lines) < n {
				lines = append(lines, firstRunes(l, 60))
			}
		}
		out = append(out, lines)
	}
	return out
}

// sampleDocxBody is a document.xml body holding lines as paragraphs, the
// third and fourth as a table row, as the bureau's Word files have them.
func sampleDocxBody(lines []string) string {
	var b strings.Builder
	for i, l := range lines {
		l = xmlEscape(l)
		if i == 2 && len(lines) > 3 {
			b.WriteString(wtbl("", []string{l, xmlEscape(lines[3])}))
			continue
		}
		if i == 3 && len(lines) > 3 {
			continue
		}
		b.WriteString(wp(l))
	}
	return b.String()
}

// xmlEscape escapes text for an XML text node.
func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// cjkCMap maps the two-byte codes 0001, 0002, ... to runes, as the
// ToUnicode map of a Type0 font with Identity-H encoding does in the PDFs
// Word and WPS produce.
func cjkCMap(runes []rune) string {
	var b strings.Builder
	b.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
	for i := 0; i < len(runes); i += 100 {
		block := runes[i:min(i+100, len(runes))]
		fmt.Fprintf(&b, "%d beginbfchar\n", len(block))
		for j, r := range block {
			fmt.Fprintf(&b, "<%04X> <%04X>\n", i+j+1, r)
		}
		b.WriteString("endbfchar\n")
	}
	b.WriteString("endcmap end end")
	return b.String()
}

// cjkContent is a content stream showing lines (BMP runes only) as
// two-byte codes, and the runes the codes 0001, 0002, ... stand for.
func cjkContent(lines []string) (string, []rune) {
	codes := map[rune]int{}
	var runes []rune
	var content strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&content, "BT /F1 12 Tf 72 %d Td <", 720-20*i)
		for _, r := range l {
			if r > 0xffff {
				continue
			}
			if codes[r] == 0 {
				runes = append(runes, r)
				codes[r] = len(runes)
			}
			fmt.Fprintf(&content, "%04X", codes[r])
		}
		content.WriteString("> Tj ET\n")
	}
	return content.String(), runes
}

// cjkFont is a Type0 font whose ToUnicode map is object 6.
const cjkFont = "<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /ToUnicode 6 0 R >>"

// makeCJKPDF builds a one-page PDF showing lines in a Type0 font with a
// ToUnicode map, so the library decodes real Chinese.
func makeCJKPDF(lines []string) []byte {
	content, runes := cjkContent(lines)
	return pdfObjects(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		pdfStream(content),
		cjkFont,
		pdfStream(cjkCMap(runes)),
	)
}

// sampleSeeds returns the first bytes of each sample file.
func sampleSeeds(f *testing.F, n int) [][]byte {
	var out [][]byte
	for _, p := range sampleFiles(f) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, []byte(firstRunes(string(b), n)))
	}
	return out
}

func FuzzDecodeText(f *testing.F) {
	for _, s := range sampleSeeds(f, 200) {
		f.Add(s)
		if gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(s); err == nil {
			f.Add(gb)
		}
	}
	f.Add(encode(f, traditionalchinese.Big5, tradText1))
	f.Add(encode(f, simplifiedchinese.GBK, tradText2))
	f.Add(utf16Bytes(tradText1, false))
	f.Add(utf16Bytes(simpText1, true))
	f.Add([]byte("\xef\xbb\xbfBOM\r\nline"))
	f.Add([]byte{0xff, 0xfe, 0x00})
	f.Add([]byte("\x81\x30\x81\x30\xfe\xa0"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := DecodeText(data)
		if err != nil {
			var se *SkipError
			if !errors.As(err, &se) {
				t.Fatalf("non-skip error: %v", err)
			}
			if text != "" || enc != "" {
				t.Fatalf("text or encoding alongside error")
			}
			return
		}
		switch enc {
		case "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "gb18030", "big5":
		default:
			t.Fatalf("unknown encoding %q", enc)
		}
		checkInvariants(t, Result{Text: text})
		if enc == "utf-8" && utf8.Valid(data) && text != normalize(string(data)) {
			t.Fatalf("valid UTF-8 changed beyond normalisation")
		}
		if normalize(text) != text {
			t.Fatalf("text not normalised")
		}
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range sampleSeeds(f, 300) {
		f.Add([]byte("<html><head><title>标题</title></head><body><p>" + string(s) + "</p></body></html>"))
	}
	f.Add([]byte(`<table><tr><th>项目</th><th colspan=2>数量</th></tr><tr><td rowspan=3>a<td>1<td>2</table>`))
	f.Add([]byte(`<div class="nav">x</div><article><h1>t</h1><p>正文<br>第二行</p></article><div id=footer>f</div>`))
	f.Add(encode(f, simplifiedchinese.GBK, `<meta charset="gb2312"><p>`+simpText1))
	f.Add(encode(f, traditionalchinese.Big5, `<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>`+tradText1))
	f.Add([]byte(`<form><pre>a
b</pre><ul><li>x<li>y</ul><table><td>loose<table><tr><td>in</table></table>`))
	f.Add([]byte(strings.Repeat("<div>", 300) + "深" + strings.Repeat("</div>", 300)))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Bytes(bg, "page.html", data, fuzzLimits)
		checkFuzzResult(t, res, err, "html")
		checkTrimmedLines(t, res)
	})
}

// fuzzDocxSeeds are small valid documents.
func fuzzDocxSeeds(t testing.TB) []string {
	return []string{
		wp("2023年卫生工作总结") + wp("正文"),
		wtbl("", []string{"项目", "数量"}, []string{"接种", "10"}),
		`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>` + wp("合") + `</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr></w:tc><w:tc>` + wtbl("", []string{"a"}) + `</w:tc></w:tr></w:tbl>`,
		`<w:p><w:r><w:t>a</w:t><w:tab/><w:br/><mc:AlternateContent><mc:Choice>` + wp("c") + `</mc:Choice><mc:Fallback>` + wp("f") + `</mc:Fallback></mc:AlternateContent></w:r></w:p>`,
	}
}

func FuzzDOCX(f *testing.F) {
	for _, body := range fuzzDocxSeeds(f) {
		f.Add(makeDocx(f, body))
	}
	for _, lines := range sampleLines(f, 6) {
		f.Add(makeDocx(f, sampleDocxBody(lines)))
	}
	valid := makeDocx(f, wp("正文"))
	f.Add(valid[:len(valid)/2])
	f.Add(makeZip(f, docxFile{"word/document.xml", docXML(wp(strings.Repeat("0", 1<<16)))}))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Bytes(bg, "doc.docx", data, fuzzLimits)
		checkFuzzResult(t, res, err, "docx")
		checkTrimmedLines(t, res)
	})
}

// FuzzDOCXDocument fuzzes document.xml itself, wrapped in a valid zip, so
// the XML walker sees far more inputs than through random zip bytes.
func FuzzDOCXDocument(f *testing.F) {
	for _, body := range fuzzDocxSeeds(f) {
		f.Add([]byte(docXML(body)))
	}
	for _, lines := range sampleLines(f, 6) {
		f.Add([]byte(docXML(sampleDocxBody(lines))))
	}
	f.Add([]byte(`<?xml version="1.0" encoding="GBK"?><w:document xmlns:w="w"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:document>`))
	f.Fuzz(func(t *testing.T, xml []byte) {
		data := makeZip(t, docxFile{"word/document.xml", string(xml)})
		res, err := Bytes(bg, "doc.docx", data, fuzzLimits)
		checkFuzzResult(t, res, err, "docx")
		checkTrimmedLines(t, res)
	})
}

// checkNoTimeout fails when the PDF library ran out of time: on inputs
// this small that is a hang (an open hex string once looped forever).
func checkNoTimeout(t *testing.T, err error) {
	t.Helper()
	var se *SkipError
	if errors.As(err, &se) && strings.Contains(se.Reason, "timed out") {
		t.Fatalf("the PDF library hung: %v", err)
	}
}

func FuzzPDF(f *testing.F) {
	f.Add(makePDF("Health report 2023", "Second line"))
	f.Add(makePDF())
	f.Add(makeGBKPDF(f, encode(f, simplifiedchinese.GBK, simpText1)))
	f.Add([]byte("%PDF-1.4\ngarbage\n%%EOF\n"))
	f.Add([]byte("not a pdf"))
	for _, lines := range sampleLines(f, 4) {
		f.Add(makeCJKPDF(lines))
	}
	// No pdftotext: the fuzzer exercises the library path and the skip
	// reasons only, without spawning processes.
	f.Setenv("PATH", f.TempDir())
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Bytes(bg, "doc.pdf", data, fuzzLimits)
		checkNoTimeout(t, err)
		checkFuzzResult(t, res, err, "pdf")
		for _, line := range strings.Split(res.Text, "\n") {
			if strings.TrimSpace(line) == "" && res.Text != "" {
				t.Fatalf("blank line in %q", res.Text)
			}
		}
	})
}

// FuzzPDFContent fuzzes a page's content stream and font dictionary
// inside a well-formed PDF, reaching the library's interpreter.
func FuzzPDFContent(f *testing.F) {
	f.Add([]byte("BT /F1 12 Tf 72 720 Td (Hello health report) Tj ET"), []byte("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"))
	f.Add([]byte("BT /F1 12 Tf 0 0 Td [(A) -120 (B)] TJ T* (C) ' 1 2 (D) \" ET"), []byte("<< /Type /Font /Subtype /Type1 /Encoding << /Differences [65 /B /C] >> >>"))
	f.Add([]byte("BT /F1 12 Tf <D6D0CEC4> Tj ET"), []byte("<< /Type /Font /Subtype /Type0 /Encoding /GBK-EUC-H >>"))
	f.Add([]byte("BT /F1 1 Tf <0001> Tj ET"), []byte("<< /Type /Font /Subtype /Type0 /Encoding /Identity-H /ToUnicode 6 0 R >>"))
	// The ToUnicode map (object 6) covers the samples' first lines, so
	// those seeds decode to real Chinese.
	var all []string
	for _, lines := range sampleLines(f, 3) {
		all = append(all, lines...)
	}
	content, runes := cjkContent(all)
	f.Add([]byte(content), []byte(cjkFont))
	for _, line := range strings.SplitAfter(content, "\n")[:6] {
		f.Add([]byte(line), []byte(cjkFont))
	}
	f.Setenv("PATH", f.TempDir())
	cmap := pdfStream(cjkCMap(runes))
	f.Fuzz(func(t *testing.T, content, font []byte) {
		data := pdfObjects(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
			"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
			pdfStream(string(content)),
			string(font),
			cmap,
		)
		res, err := Bytes(bg, "doc.pdf", data, fuzzLimits)
		checkNoTimeout(t, err)
		checkFuzzResult(t, res, err, "pdf")
		for _, line := range strings.Split(res.Text, "\n") {
			if strings.TrimSpace(line) == "" && res.Text != "" {
				t.Fatalf("blank line in %q", res.Text)
			}
		}
	})
}
