package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// PDF walk caps: hostile page trees (cycles, huge Count values) must not
// loop forever.
const (
	maxPDFPages      = 10000
	maxPDFTreeVisits = 100000
	maxPDFTreeDepth  = 64
)

// pdftotextName is the poppler command used as fallback.
const pdftotextName = "pdftotext"

// readPDF extracts a PDF's text with github.com/ledongthuc/pdf and falls
// back to pdftotext when that gives no usable text: no text, mostly U+FFFD
// as with GBK-EUC-H fonts, or text that does not read as Chinese (Hangul
// or rare characters from a font without a Unicode map, Latin-1 mojibake;
// see implausibleReason). path is the file on disk or "".
func readPDF(ctx context.Context, data []byte, path string, lim Limits) (string, error) {
	head := data[:min(len(data), 1024)]
	if !bytes.Contains(head, []byte("%PDF-")) {
		return "", skipf("file is not a PDF (no %%PDF header)")
	}
	text, libErr := pdfLibText(ctx, data, lim)
	if err := ctx.Err(); err != nil {
		return "", err
	}
	garbled, scattered := "", ""
	if libErr == nil {
		garbled = implausibleReason(text)
		if usablePDFText(text) && garbled == "" {
			if !fragmented(text) {
				return text, nil
			}
			// Each run of text on a line of its own ("2024\n年我区经历了近\n
			// 二\n十年来…"): pdftotext reads such a file whole; the
			// library's text is kept if it cannot.
			scattered = text
		}
	}

	bin, err := exec.LookPath(pdftotextName)
	if err != nil && scattered != "" {
		return scattered, nil
	}
	if err != nil {
		switch {
		case libErr != nil:
			return "", skipf("pdf could not be parsed (%s) and pdftotext (poppler-utils) is not installed", errSummary(libErr))
		case statsOf(text).bad > 0:
			return "", skipf("pdf text is not decodable (fonts without Unicode mapping) and pdftotext (poppler-utils) is not installed")
		case garbled != "" && statsOf(text).letters > 0:
			return "", skipf("pdf text is garbled (%s) and pdftotext (poppler-utils) is not installed", garbled)
		}
		return "", skipf("pdf has no extractable text and pdftotext (poppler-utils) is not installed")
	}
	out, err := runPDFToText(ctx, bin, data, path, lim)
	if err != nil && scattered != "" && ctx.Err() == nil {
		return scattered, nil
	}
	if err != nil {
		return "", err
	}
	if statsOf(out).letters == 0 {
		return "", skipf("pdf has no extractable text (scanned pages need OCR)")
	}
	if why := implausibleReason(out); why != "" {
		return "", skipf("pdf text is garbled (%s), with the built-in reader and with pdftotext", why)
	}
	return out, nil
}

// usablePDFText reports whether the library's text is worth keeping: some
// letters and at most 10% replacement characters.
func usablePDFText(s string) bool {
	st := statsOf(s)
	return st.letters > 0 && st.bad*10 <= st.nonSpace
}

// minFragmentLines is how many lines of two characters or fewer a text
// needs before it can count as fragmented.
const minFragmentLines = 10

// fragmented reports whether a PDF's text came out in pieces, each run of
// text on a line of its own: a quarter or more of its lines, and at least
// minFragmentLines, hold two characters or fewer ("2024", "，", "佛").
func fragmented(s string) bool {
	lines, short := 0, 0
	for l := range strings.SplitSeq(s, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		lines++
		if utf8.RuneCountInString(l) <= 2 {
			short++
		}
	}
	return short >= minFragmentLines && 4*short >= lines
}

// errPDFTimeout reports that the PDF library did not finish in time.
var errPDFTimeout = errors.New("parsing timed out")

// pdfLibText runs the PDF library in a goroutine bounded by PDFTimeout and
// ctx. The library can panic on malformed input (recovered into an error)
// and can loop on hostile files; on timeout the goroutine is told to stop
// at the next page boundary and abandoned.
func pdfLibText(ctx context.Context, data []byte, lim Limits) (string, error) {
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	var stop atomic.Bool
	go func() {
		var res result
		defer func() {
			if r := recover(); r != nil {
				res = result{err: fmt.Errorf("malformed pdf: %v", r)}
			}
			done <- res
		}()
		res.text, res.err = pdfPages(data, &stop, lim.MaxExpandedBytes)
	}()
	timer := time.NewTimer(lim.PDFTimeout)
	defer timer.Stop()
	select {
	case res := <-done:
		return res.text, res.err
	case <-timer.C:
		stop.Store(true)
		return "", errPDFTimeout
	case <-ctx.Done():
		stop.Store(true)
		return "", ctx.Err()
	}
}

// pdfPages reads the text of every page, pages separated by "\n", until
// stop is set or maxText bytes were collected.
func pdfPages(data []byte, stop *atomic.Bool, maxText int64) (string, error) {
	if err := pdfSanity(data); err != nil {
		return "", err
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	check := &streamChecker{budget: maxText, cmaps: map[string]bool{}}
	for _, p := range pdfPageList(r, stop) {
		if stop.Load() || int64(b.Len()) > maxText {
			break
		}
		if ok, err := check.pageSafe(p); err != nil {
			if b.Len() == 0 {
				return "", err
			}
			break // the pages read so far are kept
		} else if !ok {
			continue // would hang the library
		}
		t, err := p.GetPlainText(nil)
		if err != nil {
			continue // one bad page should not lose the others
		}
		b.WriteString(t)
		b.WriteByte('\n')
	}
	return pdfLines(b.String()), nil
}

// pdfPageList walks the page tree with an explicit stack, bounded in pages,
// visits and depth and skipping nodes already seen, instead of Reader.Page
// which can loop on cyclic trees (and costs O(n) per page).
func pdfPageList(r *pdf.Reader, stop *atomic.Bool) []pdf.Page {
	type item struct {
		v     pdf.Value
		depth int
	}
	var pages []pdf.Page
	seen := map[string]bool{}
	stack := []item{{r.Trailer().Key("Root").Key("Pages"), 0}}
	for visits := 0; len(stack) > 0 && visits < maxPDFTreeVisits && len(pages) < maxPDFPages; visits++ {
		if stop.Load() {
			break
		}
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		v := it.v
		if v.Kind() != pdf.Dict {
			continue
		}
		// Value hides object identity, but its String form prints
		// references without resolving them, so it tells nodes apart
		// and catches cycles.
		key := v.String()
		if seen[key] {
			continue
		}
		seen[key] = true
		kids := v.Key("Kids")
		if v.Key("Type").Name() == "Page" || kids.Kind() != pdf.Array {
			pages = append(pages, pdf.Page{V: v})
			continue
		}
		if it.depth >= maxPDFTreeDepth {
			continue
		}
		n := kids.Len()
		if n > maxPDFPages {
			n = maxPDFPages
		}
		for i := n - 1; i >= 0; i-- {
			stack = append(stack, item{kids.Index(i), it.depth + 1})
		}
	}
	return pages
}

// runPDFToText runs `pdftotext -layout -enc UTF-8 file -` with PDFTimeout.
func runPDFToText(ctx context.Context, bin string, data []byte, path string, lim Limits) (string, error) {
	if path == "" {
		f, err := os.CreateTemp("", "extract-*.pdf")
		if err != nil {
			return "", fmt.Errorf("extract: temp file for pdftotext: %w", err)
		}
		path = f.Name()
		defer os.Remove(path)
		_, werr := f.Write(data)
		cerr := f.Close()
		if werr != nil || cerr != nil {
			return "", fmt.Errorf("extract: temp file for pdftotext: %w", errors.Join(werr, cerr))
		}
	}
	if strings.HasPrefix(path, "-") {
		path = "./" + path // not an option to pdftotext
	}
	release, err := acquireConverter(ctx)
	if err != nil {
		return "", err
	}
	defer release()
	tctx, cancel := context.WithTimeout(ctx, lim.PDFTimeout)
	defer cancel()
	cmd := limitedCommand(tctx, lim.ConverterMemory, lim.ConverterCPU, bin, "-layout", "-enc", "UTF-8", path, "-")
	killGroupOnCancel(cmd)
	var stdout, stderr capBuffer
	stdout.max = int(min(lim.MaxExpandedBytes, 1<<30))
	stderr.max = 4096
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.WaitDelay = 2 * time.Second // do not hang on grandchildren holding the pipes
	err = cmd.Run()
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	if tctx.Err() != nil {
		return "", skipf("pdftotext timed out after %s", lim.PDFTimeout)
	}
	if why := limitReason("pdftotext", err, cmd.ProcessState, stderr.String(), lim.ConverterMemory, lim.ConverterCPU, "corpus.converter_memory_mb", "corpus.converter_cpu"); why != "" {
		return "", skipf("%s", why)
	}
	if err != nil {
		msg := strings.TrimSpace(strings.ToValidUTF8(stderr.String(), "?"))
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			msg = err.Error()
		}
		return "", skipf("pdftotext failed: %s", msg)
	}
	return pdfLines(stdout.String()), nil
}

// pdfLines trims trailing space from each line of pdftotext output and
// drops empty lines (pdftotext -layout pads with spaces and separates
// pages with form feeds).
func pdfLines(s string) string {
	s = normalize(s) // also turns form feeds into line breaks
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimRight(l, " \t\r"); strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// capBuffer is a bytes.Buffer that silently stops growing at max bytes.
type capBuffer struct {
	bytes.Buffer
	max int
}

// Write implements io.Writer, discarding bytes beyond max.
func (c *capBuffer) Write(p []byte) (int, error) {
	if room := c.max - c.Buffer.Len(); room > 0 {
		c.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}
