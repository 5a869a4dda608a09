package extract

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// prlimitPath is where prlimit is installed, "" if it is not.
var prlimitPath, _ = exec.LookPath("prlimit")

// withPrlimit puts prlimit beside the fake tools, or skips the test.
func withPrlimit(t *testing.T, dir string) {
	t.Helper()
	if prlimitPath == "" {
		t.Skip("prlimit is not installed")
	}
	if err := os.Symlink(prlimitPath, filepath.Join(dir, "prlimit")); err != nil {
		t.Fatal(err)
	}
}

// A converter that allocates without end or loops without end is stopped
// by its memory or CPU-time limit (never by the wall-clock timeout, set
// far beyond) and the file is skipped with a reason naming the limit, with
// prlimit and with the shell's ulimit.
func TestConverterLimits(t *testing.T) {
	head, tr := lookTool(t, "head"), lookTool(t, "tr")
	// The shell holds the output of the command substitution in memory.
	alloc := `x=$(` + head + ` -c 400000000 /dev/zero | ` + tr + ` '\0' a); echo "${#x}"`
	loop := `while :; do :; done`
	lim := Limits{ConvertTimeout: time.Minute, PDFTimeout: time.Minute, ConverterMemory: 64 << 20, ConverterCPU: time.Second}
	for _, via := range []string{"prlimit", "ulimit"} {
		t.Run(via+"/memory", func(t *testing.T) {
			dir := fakeTools(t, map[string]string{"antiword": alloc})
			if via == "prlimit" {
				withPrlimit(t, dir)
			}
			// The shell spends CPU time filling its buffer; on a loaded
			// machine that can pass one second before 64 MiB, so this case
			// gets a CPU limit only the memory limit can come before.
			memLim := lim
			memLim.ConverterCPU = time.Minute
			_, err := Bytes(bg, "x.doc", oleFile, memLim)
			wantSkip(t, err, "antiword stopped: over the memory limit of 64 MiB (corpus.converter_memory_mb)")
		})
		t.Run(via+"/cpu", func(t *testing.T) {
			dir := fakeTools(t, map[string]string{"antiword": loop})
			if via == "prlimit" {
				withPrlimit(t, dir)
			}
			_, err := Bytes(bg, "x.doc", oleFile, lim)
			wantSkip(t, err, "antiword stopped: over the CPU-time limit of 1s (corpus.converter_cpu)")
		})
		t.Run(via+"/pdftotext cpu", func(t *testing.T) {
			dir := fakeTools(t, map[string]string{"pdftotext": loop})
			if via == "prlimit" {
				withPrlimit(t, dir)
			}
			_, err := runPDFToText(bg, filepath.Join(dir, "pdftotext"), []byte("%PDF-1.4"), "", lim)
			wantSkip(t, err, "pdftotext stopped: over the CPU-time limit of 1s (corpus.converter_cpu)")
		})
	}
	t.Run("within the limits", func(t *testing.T) {
		fakeTools(t, map[string]string{"antiword": `printf '卫生健康工作总结\n'`})
		res, err := Bytes(bg, "x.doc", oleFile, lim)
		if err != nil || res.Text != "卫生健康工作总结" {
			t.Fatalf("got %+v %v", res, err)
		}
	})
}
