package extract

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// utf16Bytes encodes s as UTF-16 with a BOM.
func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	if bigEndian {
		b = []byte{0xfe, 0xff}
	} else {
		b = []byte{0xff, 0xfe}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestDecodeText(t *testing.T) {
	gbk := simplifiedchinese.GBK
	gb18030 := simplifiedchinese.GB18030
	big5 := traditionalchinese.Big5
	sample := firstRunes(sampleText(t), 300)
	long := strings.Repeat(tradText1+tradText2, 8) // > 1,000 bytes: exercises the long-text path

	cases := []struct {
		name     string
		data     []byte
		wantText string // "" means: do not compare
		wantEnc  string
	}{
		{"ascii", []byte("Annual report 2023\n"), "Annual report 2023\n", "utf-8"},
		{"utf8", []byte(simpText1), simpText1, "utf-8"},
		{"utf8 bom", append([]byte("\xef\xbb\xbf"), simpText1...), simpText1, "utf-8-bom"},
		{"utf16le bom", utf16Bytes(tradText1, false), tradText1, "utf-16le"},
		{"utf16be bom", utf16Bytes(tradText1, true), tradText1, "utf-16be"},
		{"utf16le odd length", append(utf16Bytes("卫生", false), 'x'), "卫生\ufffd", "utf-16le"},
		{"utf8 truncated last rune", append([]byte(simpText1), 0xe5, 0x8d), simpText1 + "\ufffd\ufffd", "utf-8"},
		{"gbk simplified 10 chars", encode(t, gbk, "卫生健康工作总结报告"), "卫生健康工作总结报告", "gb18030"},
		{"gbk simplified sample", encode(t, gbk, sample), sample, "gb18030"},
		{"gbk short 3 chars", encode(t, gbk, "卫生局"), "卫生局", "gb18030"},
		{"gbk mixed ascii", encode(t, gbk, "2023年共接种疫苗12,345剂次(COVID-19)。"), "2023年共接种疫苗12,345剂次(COVID-19)。", "gb18030"},
		{"gbk traditional text", encode(t, gbk, tradText1), tradText1, "gb18030"},
		{"gbk traditional 10 chars", encode(t, gbk, "衛生健康工作總結報告"), "衛生健康工作總結報告", "gb18030"},
		{"gb18030 four-byte", encode(t, gb18030, "卫生院€𠀀工作总结报告完成"), "卫生院€𠀀工作总结报告完成", "gb18030"},
		{"big5 10 chars", encode(t, big5, "衛生健康工作總結報告"), "衛生健康工作總結報告", "big5"},
		{"big5 sentence", encode(t, big5, tradText1), tradText1, "big5"},
		{"big5 mixed ascii", encode(t, big5, "2023年共接種疫苗12,345劑次(COVID-19)。"), "2023年共接種疫苗12,345劑次(COVID-19)。", "big5"},
		{"big5 long", encode(t, big5, long), long, "big5"},
		{"gbk long", encode(t, gbk, strings.Repeat(simpText1, 10)), strings.Repeat(simpText1, 10), "gb18030"},
		{"gbk invalid bytes", append(encode(t, gbk, simpText1), 0xff, 0xff), "", "gb18030"},
		{"crlf and cr", encode(t, gbk, "第一行\r\n第二行\r第三行"), "第一行\n第二行\n第三行", "gb18030"},
		{"controls stripped", []byte("a stray\x01 control, a DEL\x7f,\ta tab\x0cand a form feed"), "a stray control, a DEL,\ta tab\nand a form feed", "utf-8"},
		{"ideographic space kept", []byte("\u3000\u3000一、总体情况"), "\u3000\u3000一、总体情况", "utf-8"},
		{"dos eof marker", []byte("report\x1a"), "report", "utf-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text, enc, err := DecodeText(c.data)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if enc != c.wantEnc {
				t.Errorf("encoding = %q, want %q", enc, c.wantEnc)
			}
			if c.wantText != "" && text != c.wantText {
				t.Errorf("text = %q, want %q", text, c.wantText)
			}
			checkInvariants(t, Result{Text: text})
		})
	}
}

func TestDecodeTextInvalidBytesBecomeReplacement(t *testing.T) {
	data := append(encode(t, simplifiedchinese.GBK, simpText1), 0xff, 0xff)
	text, _, err := DecodeText(data)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(text, simpText1) || !strings.Contains(text, "\ufffd") {
		t.Fatalf("text = %q", text)
	}
}

func TestDecodeTextSkips(t *testing.T) {
	random := make([]byte, 4096)
	seed := uint32(1)
	for i := range random {
		seed = seed*1664525 + 1013904223
		random[i] = byte(seed>>24) | 0x80 // high bytes only: no NUL, no controls
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"nul", []byte("abc\x00def"), "NUL"},
		{"nul late but many", append(bytes.Repeat([]byte("a"), 9000), bytes.Repeat([]byte{0}, 100)...), "NUL"},
		{"controls", bytes.Repeat([]byte("ab\x01\x02\x03"), 100), "control"},
		{"utf16 nul", utf16Bytes("ab\x00cd", false), "NUL"},
		{"random high bytes", random, "not recognised"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := DecodeText(c.data)
			wantSkip(t, err, c.want)
		})
	}
}

func TestDecodeTextSamplesRoundTrip(t *testing.T) {
	for _, f := range sampleFiles(t) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want := normalize(string(raw))
		for _, tc := range []struct {
			enc  string
			data []byte
		}{
			{"utf-8", raw},
			{"gb18030", encode(t, simplifiedchinese.GB18030, string(raw))},
		} {
			text, enc, err := DecodeText(tc.data)
			if err != nil {
				t.Fatalf("%s as %s: %v", f, tc.enc, err)
			}
			if enc != tc.enc || text != want {
				t.Fatalf("%s as %s: got encoding %s, text equal: %v", f, tc.enc, enc, text == want)
			}
		}
	}
}

func TestDecodeTextShortWindows(t *testing.T) {
	// Every 12-rune window of a sample, saved as GBK, stays gb18030; the
	// Traditional fixtures saved as Big5 are big5.
	runes := []rune(strings.ReplaceAll(firstRunes(sampleText(t), 3000), "\n", ""))
	for i := 0; i+12 <= len(runes); i += 12 {
		s := string(runes[i : i+12])
		data, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		if err != nil {
			continue
		}
		if _, enc, err := DecodeText(data); err != nil || enc != "gb18030" {
			t.Errorf("%q: got %s %v", s, enc, err)
		}
	}
	tr := []rune(tradText1 + tradText2)
	for i := 0; i+10 <= len(tr); i += 5 {
		s := string(tr[i : i+10])
		if _, enc, err := DecodeText(encode(t, traditionalchinese.Big5, s)); err != nil || enc != "big5" {
			t.Errorf("big5 %q: got %s %v", s, enc, err)
		}
		if _, enc, err := DecodeText(encode(t, simplifiedchinese.GBK, s)); err != nil || enc != "gb18030" {
			t.Errorf("gbk %q: got %s %v", s, enc, err)
		}
	}
}

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"a\r\nb", "a\nb"},
		{"a\rb\r", "a\nb\n"},
		{"\ufeffabc", "abc"},
		{"a\x00b", "ab"},
		{"a\u0085b\u2028c\u2029d\ve\ff", "a\nb\nc\nd\ne\nf"},
		{"a\u0090b", "ab"},
		{"bad\xffbyte", "bad\ufffdbyte"},
		{"\xe5\x8d", "\ufffd\ufffd"},
		{"tab\tkept", "tab\tkept"},
	}
	for _, c := range cases {
		if got := normalize(c.in); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCollapseSpace(t *testing.T) {
	cases := []struct{ in, want string }{
		{"  a   b  ", "a b"},
		{"卫生\n  工作", "卫生工作"},
		{"卫生  工作", "卫生 工作"},
		{"health\nreport", "health report"},
		{"卫生\nreport", "卫生 report"},
		{"\u3000\u3000一、概况", "一、概况"},
		{"a\u00a0b", "a b"},
	}
	for _, c := range cases {
		if got := collapseSpace(c.in); got != c.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestChardetTiebreaker(t *testing.T) {
	long := strings.Repeat(tradText1+tradText2, 8)
	if !chardetPrefersBig5(encode(t, traditionalchinese.Big5, long)) {
		t.Error("chardet does not prefer big5 for long Big5 text")
	}
	if chardetPrefersBig5(encode(t, simplifiedchinese.GBK, strings.Repeat(simpText1, 10))) {
		t.Error("chardet prefers big5 for long GBK text")
	}
	if chardetPrefersBig5([]byte("plain ascii")) {
		t.Error("chardet prefers big5 for ASCII")
	}
}
