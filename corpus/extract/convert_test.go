package extract

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// oleFile is a stand-in for an old Office file: the OLE header and junk.
// Fake converters do not read it; real ones refuse it.
var oleFile = append(append([]byte{}, oleMagic...), bytes.Repeat([]byte{0}, 504)...)

// fakeTools puts shell scripts named after converters on a fresh PATH
// that holds nothing else (an empty PATH when scripts is empty). Scripts
// run with /bin/sh; the commands they use must be given by full path.
func fakeTools(t *testing.T, scripts map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range scripts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
	return dir
}

// lookTool returns the full path of a system command, or skips the test.
func lookTool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		t.Skipf("%s is not installed", name)
	}
	return p
}

// TestLegacyNoConverter is the path every installation without converters
// takes: the file is skipped with a reason that says what to install.
func TestLegacyNoConverter(t *testing.T) {
	fakeTools(t, nil)
	cases := []struct {
		file string
		data []byte
		want []string
	}{
		{"报告.doc", oleFile, []string{"doc files need a converter and none is installed", "antiword", "LibreOffice"}},
		{"报告.wps", oleFile, []string{"wps files need a converter and none is installed", "LibreOffice", "antiword"}},
		{"指标.xls", oleFile, []string{"xls files need a converter and none is installed", "catdoc", "LibreOffice"}},
		{"指标.ET", oleFile, []string{"et files need a converter and none is installed", "LibreOffice"}},
		{"报告.doc", []byte(`{\rtf1\ansi 卫生}`), []string{"no OLE header", "LibreOffice"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			_, err := Bytes(bg, c.file, c.data, Limits{})
			for _, w := range c.want {
				wantSkip(t, err, w)
			}
		})
	}
	// Only antiword/catdoc installed: a non-OLE file is still refused
	// (they would print any bytes as they are).
	fakeTools(t, map[string]string{"catdoc": "echo 不应使用"})
	_, err := Bytes(bg, "x.doc", []byte("卫生健康工作总结，纯文本冒充的文档。"), Limits{})
	wantSkip(t, err, "no OLE header")
}

// TestLegacySniffed: files under old names that are really .docx, .xlsx or
// HTML (systems export HTML tables as .xls) are read directly.
func TestLegacySniffed(t *testing.T) {
	fakeTools(t, nil)
	docx := makeDocx(t, wp("2023年卫生健康工作总结"))
	xlsx := makeXLSX(t, xlsxSheet{name: "Sheet1", cells: map[string]any{"A1": "指标", "B1": "数值", "A2": "床位数", "B2": 120}})
	html := []byte("<html><body><table><tr><th>指标</th><th>数值</th></tr><tr><td>床位数</td><td>120</td></tr></table></body></html>")
	cases := []struct {
		file      string
		data      []byte
		enc, text string
	}{
		{"a.doc", docx, "docx", "2023年卫生健康工作总结"},
		{"a.wps", docx, "docx", "2023年卫生健康工作总结"},
		{"a.xls", xlsx, "xlsx", "指标：床位数；数值：120"},
		{"a.et", xlsx, "xlsx", "指标：床位数；数值：120"},
		{"a.xls", html, "utf-8", "指标：床位数；数值：120"},
	}
	for _, c := range cases {
		t.Run(c.file+" "+c.enc, func(t *testing.T) {
			res, err := Bytes(bg, c.file, c.data, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Encoding != c.enc || res.Text != c.text || res.Format != strings.TrimPrefix(filepath.Ext(c.file), ".") {
				t.Fatalf("got %+v", res)
			}
		})
	}
}

// TestLegacyLibreOffice runs a fake soffice that checks how it is called
// and writes the .docx or .xlsx LibreOffice would.
func TestLegacyLibreOffice(t *testing.T) {
	cp := lookTool(t, "cp")
	conv := t.TempDir()
	docx := filepath.Join(conv, "out.docx")
	xlsx := filepath.Join(conv, "out.xlsx")
	os.WriteFile(docx, makeDocx(t, wp("2023年卫生健康工作总结")+wtbl("", []string{"指标", "2023年"}, []string{"签约率", "50.2%"})), 0o644)
	os.WriteFile(xlsx, makeXLSX(t, xlsxSheet{name: "Sheet1", cells: map[string]any{"A1": "指标", "B1": "2023年", "A2": "签约率", "B2": "50.2%"}}), 0o644)
	// Arguments: ... -env:UserInstallation=file://DIR/profile --convert-to
	// FMT --outdir DIR/out DIR/input.EXT; HOME is the run's folder.
	script := `
for a; do last=$a; done
case "$*" in *--headless*--norestore*) ;; *) echo "bad args: $*" >&2; exit 2;; esac
dir=${last%/*}
[ "$HOME" = "$dir" ] && [ "$PWD" = "$dir" ] || { echo "bad env: HOME=$HOME PWD=$PWD" >&2; exit 2; }
case "$*" in *"-env:UserInstallation=file://$dir/profile"*) ;; *) echo "no private profile" >&2; exit 2;; esac
fmt=; out=; prev=
for a; do
  [ "$prev" = "--convert-to" ] && fmt=$a
  [ "$prev" = "--outdir" ] && out=$a
  prev=$a
done
[ -f "$last" ] || exit 3
` + "/bin/mkdir -p \"$out\" && " + cp + ` "` + conv + `/out.$fmt" "$out/input.$fmt"`
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	fakeTools(t, map[string]string{"soffice": script, "antiword": "echo 不应使用; exit 1"})
	cases := []struct{ file, text string }{
		{"报告.doc", "2023年卫生健康工作总结\n指标：签约率；2023年：50.2%"},
		{"报告.wps", "2023年卫生健康工作总结\n指标：签约率；2023年：50.2%"},
		{"指标.xls", "指标：签约率；2023年：50.2%"},
		{"指标.et", "指标：签约率；2023年：50.2%"},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			res, err := Bytes(bg, c.file, oleFile, Limits{})
			if err != nil {
				t.Fatal(err)
			}
			if res.Text != c.text || res.Encoding != "libreoffice" {
				t.Fatalf("got %+v", res)
			}
			if left, _ := os.ReadDir(tmp); len(left) != 0 {
				t.Fatalf("temporary files left: %v", left)
			}
		})
	}

	t.Run("libreoffice name, no output", func(t *testing.T) {
		fakeTools(t, map[string]string{"libreoffice": "exit 0"})
		_, err := Bytes(bg, "x.doc", oleFile, Limits{})
		wantSkip(t, err, "LibreOffice wrote no docx")
	})
}

// TestLegacyTools: antiword's table rows, a garbled output falling through
// to the next converter, failures, timeouts and cancellation.
func TestLegacyTools(t *testing.T) {
	sleep := lookTool(t, "sleep")
	t.Run("antiword tables", func(t *testing.T) {
		fakeTools(t, map[string]string{"antiword": `[ "$1 $2 $3 $4" = "-m UTF-8.txt -w 0" ] || exit 2
printf '2023年卫生健康工作总结\n\n|指标      |2023年   |\n|签约率    |50.2%%    |\n'`})
		res, err := Bytes(bg, "x.doc", oleFile, Limits{})
		if err != nil || res.Text != "2023年卫生健康工作总结\n指标 | 2023年\n签约率 | 50.2%" || res.Encoding != "antiword" {
			t.Fatalf("got %+v %v", res, err)
		}
	})
	t.Run("garbled output tries the next converter", func(t *testing.T) {
		fakeTools(t, map[string]string{
			"antiword": `echo 'ÎÀÉú½¡¿µ¹¤×÷×Ü½á ÎÀÉú½¡¿µ¹¤×÷×Ü½á'`,
			"catdoc":   `[ "$1 $2 $3" = "-d utf-8 -w" ] || exit 2; echo 卫生健康工作总结`,
		})
		res, err := Bytes(bg, "x.doc", oleFile, Limits{})
		if err != nil || res.Text != "卫生健康工作总结" || res.Encoding != "catdoc" {
			t.Fatalf("got %+v %v", res, err)
		}
	})
	t.Run("all fail", func(t *testing.T) {
		fakeTools(t, map[string]string{
			"antiword": `echo "I'm afraid the text stream of this file is too small to handle." >&2; exit 1`,
			"catdoc":   `exit 69`,
		})
		_, err := Bytes(bg, "x.doc", oleFile, Limits{})
		wantSkip(t, err, "doc file could not be converted (antiword failed: I'm afraid")
		wantSkip(t, err, "catdoc failed: exit status 69")
	})
	t.Run("xls2csv sheets", func(t *testing.T) {
		fakeTools(t, map[string]string{"xls2csv": `printf '"指标","2023年"\n"床位数","120"\n\f\n"科室","人数"\n"内科","30"\n\f\n'`})
		res, err := Bytes(bg, "x.et", oleFile, Limits{})
		if err != nil || res.Text != "指标：床位数；2023年：120\n科室：内科；人数：30" || res.Encoding != "xls2csv" {
			t.Fatalf("got %+v %v", res, err)
		}
	})
	t.Run("timeout kills the process group", func(t *testing.T) {
		// The converter starts a child in the background that reports on
		// the probe when its 10 s sleep is over, then sleeps 10 s itself:
		// only a kill of the whole group at the timeout stops both before
		// the child reports.
		probe := newExitProbe(t)
		fakeTools(t, map[string]string{"antiword": "exec 3>'" + probe.path + "'; (" + sleep + " 10; echo survived >&3) & exec " + sleep + " 10"})
		_, err := Bytes(bg, "x.doc", oleFile, Limits{ConvertTimeout: 300 * time.Millisecond})
		wantSkip(t, err, "antiword timed out after 300ms")
		if got := probe.report(t); got != "" {
			t.Fatalf("the converter's child outlived the timeout (it reported %q)", got)
		}
	})
	t.Run("context cancelled", func(t *testing.T) {
		fakeTools(t, map[string]string{"antiword": "exec " + sleep + " 10"})
		ctx, cancel := contextWithTimeout(300 * time.Millisecond)
		defer cancel()
		_, err := Bytes(ctx, "x.doc", oleFile, Limits{})
		if err != ctx.Err() || err == nil {
			t.Fatalf("want the context's error, got %v", err)
		}
	})
}

// TestLegacyRealConverters reads real Word and Excel 97-2003 files (the
// test files of github.com/richardlehane/mscfb, a dependency of excelize,
// in the module cache) with the converters installed here. It is skipped
// when they are not installed.
func TestLegacyRealConverters(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	out, err := exec.Command(goBin, "list", "-m", "-f", "{{.Dir}}", "github.com/richardlehane/mscfb").Output()
	dir := filepath.Join(strings.TrimSpace(string(out)), "test")
	if err != nil || strings.TrimSpace(string(out)) == "" {
		t.Skipf("mscfb test files not in the module cache: %v", err)
	}
	read := func(name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Skipf("no %s: %v", name, err)
		}
		return b
	}
	doc, doc2, xls := read("test.doc"), read("novpapplan.doc"), read("test.xls")
	for _, c := range []struct {
		tool string
		data []byte
		want string
	}{
		{"antiword", doc, "COMMON PRACTICE RULES"},
		{"antiword", doc2, "British imperialism"},
		{"catdoc", doc2, "British imperialism"},
	} {
		t.Run(c.tool, func(t *testing.T) {
			bin := lookTool(t, c.tool)
			fakeTools(t, nil)
			os.Symlink(bin, filepath.Join(os.Getenv("PATH"), c.tool))
			res, err := Bytes(bg, "x.doc", c.data, Limits{})
			if err != nil || res.Encoding != c.tool || !strings.Contains(res.Text, c.want) {
				t.Fatalf("got %q %s %v", firstRunes(res.Text, 60), res.Encoding, err)
			}
			checkInvariants(t, res)
		})
	}
	t.Run("catdoc's binary junk refused", func(t *testing.T) {
		// catdoc prints the end of test.doc's binary parts as CJK junk.
		bin := lookTool(t, "catdoc")
		fakeTools(t, nil)
		os.Symlink(bin, filepath.Join(os.Getenv("PATH"), "catdoc"))
		_, err := Bytes(bg, "x.doc", doc, Limits{})
		wantSkip(t, err, "catdoc: output is garbled")
	})
	t.Run("xls2csv", func(t *testing.T) {
		bin := lookTool(t, "xls2csv")
		fakeTools(t, nil)
		os.Symlink(bin, filepath.Join(os.Getenv("PATH"), "xls2csv"))
		res, err := Bytes(bg, "x.xls", xls, Limits{})
		if err != nil || res.Encoding != "xls2csv" || !strings.HasPrefix(res.Text, "Test1：Avocado；Lorem：1；Ipsum：2\n") {
			t.Fatalf("got %q %v", res.Text, err)
		}
	})
	t.Run("antiword refuses a workbook", func(t *testing.T) {
		bin := lookTool(t, "antiword")
		fakeTools(t, nil)
		os.Symlink(bin, filepath.Join(os.Getenv("PATH"), "antiword"))
		_, err := Bytes(bg, "x.doc", xls, Limits{})
		wantSkip(t, err, "antiword failed: Sorry, but this is an Excel spreadsheet")
	})
}

// exitProbe tells, without a clock, whether the processes of a fake tool
// were stopped or ran to their end. It is a FIFO whose read end the test
// holds: the tool opens path for writing (its children inherit it), and
// writes "survived" to it if it reaches the end of its wait.
type exitProbe struct {
	path string
	fd   int // read end, non-blocking until report
}

// newExitProbe makes the FIFO and opens its read end; it is closed when
// the test ends.
func newExitProbe(t *testing.T) *exitProbe {
	t.Helper()
	p := &exitProbe{path: filepath.Join(t.TempDir(), "probe")}
	if err := syscall.Mkfifo(p.path, 0o600); err != nil {
		t.Skipf("no FIFO: %v", err)
	}
	// Non-blocking, so that the open does not wait for a writer.
	fd, err := syscall.Open(p.path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	p.fd = fd
	t.Cleanup(func() { syscall.Close(fd) })
	return p
}

// report reads the FIFO until its end, which comes once every process
// that held it open for writing has exited, and returns what they wrote:
// "" when they were all killed, "survived" when one ran to its end. A
// FIFO no process opened (a tool killed before it started) reads as "".
func (p *exitProbe) report(t *testing.T) string {
	t.Helper()
	if err := syscall.SetNonblock(p.fd, false); err != nil {
		t.Fatal(err)
	}
	var out []byte
	buf := make([]byte, 64)
	for {
		n, err := syscall.Read(p.fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			return strings.TrimSpace(string(out))
		}
		out = append(out, buf[:n]...)
	}
}

// contextWithTimeout is context.WithTimeout on the background context.
func contextWithTimeout(d time.Duration) (context.Context, context.CancelFunc) {
	return context.WithTimeout(bg, d)
}
