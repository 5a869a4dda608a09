package extract

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestDefaultLimits(t *testing.T) {
	want := Limits{MaxFileBytes: 64 << 20, MaxExpandedBytes: 128 << 20, PDFTimeout: 60 * time.Second, ConvertTimeout: 120 * time.Second, ConverterMemory: 1 << 30, ConverterCPU: 60 * time.Second}
	if got := DefaultLimits(); got != want {
		t.Fatalf("DefaultLimits() = %+v", got)
	}
	if got := (Limits{}).withDefaults(); got != want {
		t.Fatalf("zero Limits = %+v", got)
	}
	custom := Limits{MaxFileBytes: 1, MaxExpandedBytes: 2, PDFTimeout: 3, ConvertTimeout: 4, ConverterMemory: 5, ConverterCPU: 6}
	if got := custom.withDefaults(); got != custom {
		t.Fatalf("custom Limits changed: %+v", got)
	}
}

func TestSkipErrorMessage(t *testing.T) {
	var err error = &SkipError{Reason: "file is empty"}
	if err.Error() != "skipped: file is empty" {
		t.Fatal(err.Error())
	}
	if !isSkip(err) || isSkip(errors.New("x")) {
		t.Fatal("isSkip")
	}
}

func TestBytesFormats(t *testing.T) {
	gbk := encode(t, simplifiedchinese.GBK, simpText1)
	cases := []struct {
		name, file string
		data       []byte
		format     string
		enc        string
		text       string
	}{
		{"txt", "a.txt", []byte("第一行\r\n第二行\r\n"), "txt", "utf-8", "第一行\n第二行\n"},
		{"upper case extension", "A.TXT", gbk, "txt", "gb18030", simpText1},
		{"text extension", "a.text", []byte("plain"), "txt", "utf-8", "plain"},
		{"md", "notes.md", []byte("# 标题\n\n- 要点"), "md", "utf-8", "# 标题\n\n- 要点"},
		{"markdown big5", "notes.Markdown", encode(t, traditionalchinese.Big5, tradText1), "md", "big5", tradText1},
		{"htm", "page.HTM", []byte("<p>网页</p>"), "html", "utf-8", "网页"},
		{"docx", "doc.DOCX", makeDocx(t, wp("文档")), "docx", "utf-8", "文档"},
		{"pdf", "doc.pdf", makePDF("Report"), "pdf", "", "Report"},
		{"bom and controls", "a.txt", []byte("\xef\xbb\xbf标题\x07\r正文\x7f"), "txt", "utf-8-bom", "标题\n正文"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Bytes(bg, c.file, c.data, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Format != c.format || res.Encoding != c.enc || res.Text != c.text {
				t.Fatalf("got %+v, want format %s encoding %s text %q", res, c.format, c.enc, c.text)
			}
			checkInvariants(t, res)
		})
	}
}

func TestBytesSkips(t *testing.T) {
	cases := []struct {
		name, file string
		data       []byte
		lim        Limits
		want       string
	}{
		{"unsupported", "a.pptx", []byte("x"), Limits{}, "unsupported file type .pptx"},
		{"unsupported upper", "a.PPT", []byte("x"), Limits{}, "unsupported file type .ppt"},
		{"no extension", "README", []byte("x"), Limits{}, "unsupported file type (no extension)"},
		{"empty", "a.txt", nil, Limits{}, "file is empty"},
		{"too large", "a.txt", []byte("0123456789"), Limits{MaxFileBytes: 5}, "file is larger than 5 bytes"},
		{"whitespace only", "a.txt", []byte(" \n\t\u3000\n"), Limits{}, "no text"},
		{"binary nul", "a.txt", []byte("PK\x03\x04\x00\x00binary"), Limits{}, "NUL"},
		{"mostly replacement", "a.txt", bytes.Repeat([]byte("\xef\xbf\xbd"), 50), Limits{}, "undecodable"},
		{"too few letters", "a.md", []byte(strings.Repeat("--- | --- | ***\n", 10)), Limits{}, "too few letters"},
		{"no letters at all", "a.txt", []byte("!!!"), Limits{}, "too few letters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Bytes(bg, c.file, c.data, c.lim)
			wantSkip(t, err, c.want)
		})
	}
}

func TestFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "总结.txt")
	data := encode(t, simplifiedchinese.GB18030, simpText1)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := File(bg, path, Limits{})
	if err != nil || res.Text != simpText1 || res.Encoding != "gb18030" || res.Format != "txt" {
		t.Fatalf("got %+v, %v", res, err)
	}

	_, err = File(bg, path, Limits{MaxFileBytes: 10})
	wantSkip(t, err, "larger than")

	_, err = File(bg, filepath.Join(dir, "missing.txt"), Limits{})
	if err == nil || isSkip(err) || !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: want a not-exist error, got %v", err)
	}

	sub := filepath.Join(dir, "folder.txt")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = File(bg, sub, Limits{})
	wantSkip(t, err, "not a regular file")

	_, err = File(bg, filepath.Join(dir, "x.exe"), Limits{})
	wantSkip(t, err, "unsupported file type .exe")
}

func TestCancelledContext(t *testing.T) {
	ctx, cancel := context.WithCancel(bg)
	cancel()
	if _, err := Bytes(ctx, "a.txt", []byte("text"), Limits{}); !errors.Is(err, context.Canceled) {
		t.Fatalf("want context.Canceled, got %v", err)
	}
}

func TestSamples(t *testing.T) {
	for _, f := range sampleFiles(t) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		res, err := File(bg, f, Limits{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if res.Text != normalize(string(raw)) || res.Encoding != "utf-8" {
			t.Fatalf("%s: text changed or encoding %s", f, res.Encoding)
		}
		checkInvariants(t, res)
	}
}

func TestSizeString(t *testing.T) {
	cases := map[int64]string{5: "5 bytes", 64 << 20: "64 MiB", 3 << 19: "1.5 MiB"}
	for n, want := range cases {
		if got := sizeString(n); got != want {
			t.Errorf("sizeString(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestPanicBecomesSkip(t *testing.T) {
	beforeRead = func(format string) { panic("reader bug in " + format) }
	defer func() { beforeRead = func(string) {} }()
	_, err := Bytes(bg, "a.docx", []byte("x"), Limits{})
	wantSkip(t, err, "docx reader failed on malformed input (reader bug in docx)")
}

func TestFileChangedWhileRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.txt")
	if err := os.WriteFile(path, []byte("2023年工作总结\n签约率达到50.2%。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, st, err := OpenRegular(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Another program appends to the file after it was opened.
	w, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.WriteString("二、2024年工作计划\n"); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, stable, err := readChecked(f, st, path, Limits{}.withDefaults()); err != nil || stable {
		t.Errorf("a file that grew while read: stable %v, err %v", stable, err)
	}
	// Read again whole, it is stable.
	if res, err := File(context.Background(), path, Limits{}); err != nil || !strings.Contains(res.Text, "2024年工作计划") {
		t.Errorf("re-read: %v %q", err, res.Text)
	}
}
