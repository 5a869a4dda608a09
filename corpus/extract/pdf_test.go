package extract

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// fakePDFToText puts a pdftotext shell script with body on a fresh PATH
// (and nothing else), or an empty PATH when body is "".
func fakePDFToText(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	if body != "" {
		script := "#!/bin/sh\n" + body + "\n"
		if err := os.WriteFile(filepath.Join(dir, "pdftotext"), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
	return dir
}

func TestPDFLibrary(t *testing.T) {
	fakePDFToText(t, "") // the library alone must do
	res, err := Bytes(bg, "report.PDF", makePDF("Health report 2023", "Vaccination coverage 98%"), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Text != "Health report 2023\nVaccination coverage 98%" || res.Format != "pdf" || res.Encoding != "" {
		t.Fatalf("got %+v", res)
	}
	checkInvariants(t, res)
}

func TestPDFMultiPageAndHostileTrees(t *testing.T) {
	fakePDFToText(t, "")
	page := func(parent int, content int) string {
		return "<< /Type /Page /Parent " + strconv.Itoa(parent) + " 0 R /Contents " + strconv.Itoa(content) + " 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
	}
	twoPages := pdfObjects(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		page(2, 6),
		page(2, 7),
		pdfStream("BT /F1 12 Tf 72 720 Td (Page one) Tj ET"),
		pdfStream("BT /F1 12 Tf 72 720 Td (Page two) Tj ET"),
	)
	res, err := Bytes(bg, "x.pdf", twoPages, Limits{})
	if err != nil || res.Text != "Page one\nPage two" {
		t.Fatalf("two pages: %q %v", res.Text, err)
	}

	// A page tree whose Kids point back at itself, with a huge Count.
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [2 0 R 4 0 R 2 0 R] /Count 999999999 >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
		page(2, 5),
		pdfStream("BT /F1 12 Tf 72 720 Td (Cyclic tree) Tj ET"),
	}
	cyclic := pdfObjects(objs...)
	res, err = Bytes(bg, "x.pdf", cyclic, Limits{})
	if err != nil || res.Text != "Cyclic tree" {
		t.Fatalf("cyclic: %q %v", firstRunes(res.Text, 50), err)
	}
	// The walk meets each node once, whatever Count says and however
	// often Kids repeat: it finds the one page and reads each object of
	// the file at most twice (the library reads an object from the file
	// each time a reference is resolved). Going round the cycle would read
	// on until the walk's caps: 10,000 pages, tens of thousands of reads.
	file := &countingReaderAt{r: bytes.NewReader(cyclic)}
	r, err := pdf.NewReader(file, int64(len(cyclic)))
	if err != nil {
		t.Fatal(err)
	}
	file.reads = 0 // count the walk only
	var stop atomic.Bool
	if pages := pdfPageList(r, &stop); len(pages) != 1 {
		t.Fatalf("cyclic tree: %d pages, want 1", len(pages))
	}
	if limit := 2 * len(objs); file.reads > limit {
		t.Fatalf("cyclic tree: the walk read the file %d times, want at most %d (twice per object)", file.reads, limit)
	}
}

// countingReaderAt counts the reads made through it.
type countingReaderAt struct {
	r     io.ReaderAt
	reads int
}

// ReadAt implements io.ReaderAt.
func (c *countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	c.reads++
	return c.r.ReadAt(p, off)
}

func TestPDFSkips(t *testing.T) {
	gbkText := encode(t, simplifiedchinese.GBK, simpText1)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"garbage", []byte("this is not a pdf at all, just bytes \x01\x02\x03"), "not a PDF"},
		{"pdf header then garbage", []byte("%PDF-1.4\n\x00\x01garbage garbage\n"), "pdftotext (poppler-utils) is not installed"},
		{"truncated", makePDF("Hello")[:150], "pdftotext (poppler-utils) is not installed"},
		{"no text", makePDF(), "pdf has no extractable text and pdftotext (poppler-utils) is not installed"},
		{"gbk font without unicode map", makeGBKPDF(t, gbkText), "pdftotext (poppler-utils) is not installed"},
	}
	fakePDFToText(t, "")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Bytes(bg, "x.pdf", c.data, Limits{})
			wantSkip(t, err, c.want)
		})
	}
}

func TestPDFToTextFallback(t *testing.T) {
	sleep, err := exec.LookPath("sleep")
	if err != nil {
		t.Skip("no sleep command")
	}
	gbkPDF := makeGBKPDF(t, encode(t, simplifiedchinese.GBK, simpText1))

	t.Run("used for undecodable fonts", func(t *testing.T) {
		// The script checks its arguments and prints text the way
		// pdftotext -layout does (padding, form feed between pages).
		fakePDFToText(t, `[ "$1 $2 $3 $5" = "-layout -enc UTF-8 -" ] && [ -f "$4" ] || { echo "bad args: $*" >&2; exit 2; }
printf '全市卫生健康系统   \r\n\n坚持以人民健康为中心\f第二页\n'`)
		res, err := Bytes(bg, "x.pdf", gbkPDF, Limits{})
		if err != nil {
			t.Fatal(err)
		}
		if res.Text != "全市卫生健康系统\n坚持以人民健康为中心\n第二页" {
			t.Fatalf("text %q", res.Text)
		}
	})

	t.Run("File passes the path itself", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "报告.pdf")
		if err := os.WriteFile(path, gbkPDF, 0o644); err != nil {
			t.Fatal(err)
		}
		fakePDFToText(t, `[ "$4" = "`+path+`" ] || exit 3; echo 文件路径正确`)
		res, err := File(bg, path, Limits{})
		if err != nil || res.Text != "文件路径正确" {
			t.Fatalf("got %q %v", res.Text, err)
		}
	})

	t.Run("path that looks like an option", func(t *testing.T) {
		t.Chdir(t.TempDir())
		if err := os.WriteFile("-x.pdf", gbkPDF, 0o644); err != nil {
			t.Fatal(err)
		}
		fakePDFToText(t, `[ "$4" = "./-x.pdf" ] || exit 3; echo 路径安全`)
		res, err := File(bg, "-x.pdf", Limits{})
		if err != nil || res.Text != "路径安全" {
			t.Fatalf("got %q %v", res.Text, err)
		}
	})

	t.Run("temp file removed", func(t *testing.T) {
		tmp := t.TempDir()
		t.Setenv("TMPDIR", tmp)
		fakePDFToText(t, `echo 临时文件`)
		if _, err := Bytes(bg, "x.pdf", gbkPDF, Limits{}); err != nil {
			t.Fatal(err)
		}
		if left, _ := os.ReadDir(tmp); len(left) != 0 {
			t.Fatalf("temp files left: %v", left)
		}
	})

	t.Run("failure", func(t *testing.T) {
		fakePDFToText(t, `echo "Syntax Error: Couldn't read xref table" >&2; exit 1`)
		_, err := Bytes(bg, "x.pdf", gbkPDF, Limits{})
		wantSkip(t, err, "pdftotext failed: Syntax Error")
	})

	t.Run("scanned pdf", func(t *testing.T) {
		fakePDFToText(t, `printf '\f\f'`)
		_, err := Bytes(bg, "x.pdf", makePDF(), Limits{})
		wantSkip(t, err, "scanned")
	})

	t.Run("timeout", func(t *testing.T) {
		// The fake pdftotext is one process (bash, forking nothing) that
		// waits 10 s and then reports on the probe that it ran to its
		// end. The timeout must stop it: Bytes returns with the timeout
		// skip, and by then the program is gone without having reported.
		bash := lookTool(t, "bash")
		probe := newExitProbe(t)
		fakePDFToText(t, "exec "+bash+` -c 'exec 3<>"$0"; read -t 10 -u 3 x; echo survived >&3' '`+probe.path+"'")
		_, err := Bytes(bg, "x.pdf", gbkPDF, Limits{PDFTimeout: 300 * time.Millisecond})
		wantSkip(t, err, "pdftotext timed out after 300ms")
		if got := probe.report(t); got != "" {
			t.Fatalf("pdftotext was not stopped at the timeout (it reported %q)", got)
		}
	})

	t.Run("context cancelled", func(t *testing.T) {
		fakePDFToText(t, `exec `+sleep+` 10`)
		ctx, cancel := context.WithTimeout(bg, 300*time.Millisecond)
		defer cancel()
		_, err := Bytes(ctx, "x.pdf", gbkPDF, Limits{})
		if err != context.DeadlineExceeded {
			t.Fatalf("want context.DeadlineExceeded, got %v", err)
		}
	})
}

func TestPDFLibraryTimeout(t *testing.T) {
	fakePDFToText(t, "")
	objs := []string{"<< /Type /Catalog /Pages 2 0 R >>", "", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
	kids := ""
	for i := range 200 {
		page, content := len(objs)+1, len(objs)+2
		kids += strconv.Itoa(page) + " 0 R "
		objs = append(objs,
			"<< /Type /Page /Parent 2 0 R /Contents "+strconv.Itoa(content)+" 0 R /Resources << /Font << /F1 3 0 R >> >> >>",
			pdfStream("BT /F1 12 Tf 72 720 Td (Page "+strconv.Itoa(i)+") Tj ET"))
	}
	objs[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 200 >>"
	data := pdfObjects(objs...)

	res, err := Bytes(bg, "x.pdf", data, Limits{})
	if err != nil || !strings.HasPrefix(res.Text, "Page 0\nPage 1\n") {
		t.Fatalf("200 pages: %q %v", firstRunes(res.Text, 30), err)
	}
	_, err = Bytes(bg, "x.pdf", data, Limits{PDFTimeout: time.Nanosecond})
	wantSkip(t, err, "parsing timed out")
}

// A PDF whose runs of text the library puts each on a line of their own
// ("2024", "年", "，"…) is read by pdftotext when it is installed; without
// it, the library's pieces are still kept rather than nothing.
func TestPDFFragmentedTextGoesToPDFToText(t *testing.T) {
	pieces := []string{"Report"}
	for i := range 12 {
		pieces = append(pieces, fmt.Sprint(i), "of")
	}
	scattered := makePDF(pieces...)
	fakePDFToText(t, `printf 'Report 0 of 1 of 2 of\n'`)
	res, err := Bytes(bg, "x.pdf", scattered, Limits{})
	if err != nil || res.Text != "Report 0 of 1 of 2 of" {
		t.Fatalf("with pdftotext: %q %v", res.Text, err)
	}
	fakePDFToText(t, "")
	res, err = Bytes(bg, "x.pdf", scattered, Limits{})
	if err != nil || !strings.HasPrefix(res.Text, "Report\n0\nof") {
		t.Fatalf("without pdftotext: %q %v", res.Text, err)
	}
}
