package extract

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// External converters (pdftotext, LibreOffice, antiword, catdoc, xls2csv)
// run one at a time, each under an address-space limit
// (Limits.ConverterMemory; LibreOffice, which maps far more than it uses,
// officeMemoryFactor times that), a CPU-time limit (Limits.ConverterCPU)
// and a wall-clock timeout (PDFTimeout, ConvertTimeout). The limits are set
// in the child with prlimit(1) when it is installed, else with the shell's
// ulimit; past one the file is skipped with a reason naming the limit.

// officeMemoryFactor is how many times ConverterMemory LibreOffice may map.
const officeMemoryFactor = 6

// converterSlot lets one converter run at a time, so that N ingest workers
// never hold N converters' memory.
var converterSlot = make(chan struct{}, 1)

// acquireConverter waits for the converter slot; release gives it back.
func acquireConverter(ctx context.Context) (release func(), err error) {
	select {
	case converterSlot <- struct{}{}:
		return func() { <-converterSlot }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// limitedCommand returns the command that runs bin with args under the
// memory limit memBytes and the CPU-time limit cpu: through prlimit when it
// is on PATH, else through /bin/sh's ulimit (a system that refuses ulimit
// still runs the tool), else bare.
func limitedCommand(ctx context.Context, memBytes int64, cpu time.Duration, bin string, args ...string) *exec.Cmd {
	secs := cpuSeconds(cpu)
	if pl, err := exec.LookPath("prlimit"); err == nil {
		// The soft CPU limit sends SIGXCPU, the hard one a second later SIGKILL.
		argv := append([]string{"--as=" + strconv.FormatInt(memBytes, 10), "--cpu=" + strconv.Itoa(secs) + ":" + strconv.Itoa(secs+1), "--", bin}, args...)
		return exec.CommandContext(ctx, pl, argv...)
	}
	if sh, err := os.Stat("/bin/sh"); err == nil && !sh.IsDir() {
		script := `ulimit -v ` + strconv.FormatInt(memBytes>>10, 10) + ` 2>/dev/null; ulimit -H -t ` + strconv.Itoa(secs+1) + ` 2>/dev/null; ulimit -S -t ` + strconv.Itoa(secs) + ` 2>/dev/null; exec "$0" "$@"`
		return exec.CommandContext(ctx, "/bin/sh", append([]string{"-c", script, bin}, args...)...)
	}
	return exec.CommandContext(ctx, bin, args...)
}

// cpuSeconds is a CPU-time limit in whole seconds, at least one.
func cpuSeconds(d time.Duration) int {
	return max(1, int((d+time.Second-1)/time.Second))
}

// limitReason explains a converter run that failed (err, its stderr) by
// the limit it hit, or returns "" when it hit none: killed by SIGXCPU (or
// SIGKILL after using its CPU time) is the CPU limit; an allocation failure
// or a crash is the memory limit.
func limitReason(tool string, err error, state *os.ProcessState, stderr string, memBytes int64, cpu time.Duration, memKey, cpuKey string) string {
	var ee *exec.ExitError
	if !errors.As(err, &ee) || state == nil {
		return ""
	}
	used := state.UserTime() + state.SystemTime()
	cpuHit := fmt.Sprintf("%s stopped: over the CPU-time limit of %ds (%s)", tool, cpuSeconds(cpu), cpuKey)
	memHit := fmt.Sprintf("%s stopped: over the memory limit of %d MiB (%s)", tool, memBytes>>20, memKey)
	switch killedBy(state) {
	case killedCPU:
		return cpuHit
	case killedKill:
		if used >= time.Duration(cpuSeconds(cpu))*time.Second*9/10 {
			return cpuHit
		}
		return memHit // the kernel's out-of-memory killer, or the limit hit in a helper
	case killedCrash:
		return memHit // a failed allocation not checked, or abort() after one
	}
	low := strings.ToLower(stderr)
	for _, w := range []string{"alloc", "out of memory", "out of space", "cannot allocate", "memory exhausted", "bad_alloc"} {
		if strings.Contains(low, w) {
			return memHit
		}
	}
	return ""
}
