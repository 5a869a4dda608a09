package extract

import (
	"errors"
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
	f.Add([]byte(`<?xml version="1.0" encoding="GBK"?><w:document xmlns:w="w"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:document>`))
	f.Fuzz(func(t *testing.T, xml []byte) {
		data := makeZip(t, docxFile{"word/document.xml", string(xml)})
		res, err := Bytes(bg, "doc.docx", data, fuzzLimits)
		checkFuzzResult(t, res, err, "docx")
		checkTrimmedLines(t, res)
	})
}

func FuzzPDF(f *testing.F) {
	f.Add(makePDF("Health report 2023", "Second line"))
	f.Add(makePDF())
	f.Add(makeGBKPDF(f, encode(f, simplifiedchinese.GBK, simpText1)))
	f.Add([]byte("%PDF-1.4\ngarbage\n%%EOF\n"))
	f.Add([]byte("not a pdf"))
	// No pdftotext: the fuzzer exercises the library path and the skip
	// reasons only, without spawning processes.
	f.Setenv("PATH", f.TempDir())
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Bytes(bg, "doc.pdf", data, fuzzLimits)
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
	f.Setenv("PATH", f.TempDir())
	cmap := pdfStream("/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0001> <536B> endbfchar endcmap end end")
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
		checkFuzzResult(t, res, err, "pdf")
		for _, line := range strings.Split(res.Text, "\n") {
			if strings.TrimSpace(line) == "" && res.Text != "" {
				t.Fatalf("blank line in %q", res.Text)
			}
		}
	})
}
