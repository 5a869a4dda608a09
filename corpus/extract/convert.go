package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Old Office formats (.doc, .xls) and Kingsoft WPS Office's (.wps, .et)
// are read through a converter when one is installed, as PDFs fall back to
// pdftotext: LibreOffice (soffice --headless --convert-to docx|xlsx, whose
// result goes through the .docx/.xlsx readers, tables included), else
// antiword or catdoc for documents and catdoc's xls2csv for workbooks.
// Each run has its own temporary folder (the input is copied there, so
// nothing is written beside the original and no lock file of another
// LibreOffice instance is shared), a fresh LibreOffice profile, a time
// limit, a cap on output and, where /bin/sh is there, a virtual-memory
// limit; the whole process group is killed on timeout. When no converter
// is installed the file is skipped with a reason naming what to install.

// Converter commands, looked up on PATH.
const (
	sofficeName  = "soffice"
	loName       = "libreoffice" // some distributions install only this name
	antiwordName = "antiword"
	catdocName   = "catdoc"
	xls2csvName  = "xls2csv"
)

// converter is one way to read an old-format file.
type converter struct {
	name string   // what Result.Encoding reports
	bins []string // commands, the first found on PATH is used
	run  func(ctx context.Context, bin, dir, in string, lim Limits) (string, error)
	any  bool // reads any kind of file; else only OLE compound files
}

// convertersFor lists the converters for format, best first.
func convertersFor(format string) []converter {
	lo := func(to string) converter {
		return converter{"libreoffice", []string{sofficeName, loName}, func(ctx context.Context, bin, dir, in string, lim Limits) (string, error) {
			return runSoffice(ctx, bin, dir, in, to, lim)
		}, true}
	}
	switch format {
	case "doc", "wps":
		return []converter{lo("docx"), {antiwordName, []string{antiwordName}, runAntiword, false}, {catdocName, []string{catdocName}, runCatdoc, false}}
	case "xls", "et":
		return []converter{lo("xlsx"), {xls2csvName, []string{xls2csvName}, runXLS2CSV, false}}
	}
	return nil
}

// installHint names what to install to read format.
func installHint(format string) string {
	switch format {
	case "doc":
		return "install antiword or catdoc (apt-get install antiword catdoc), or LibreOffice (libreoffice-writer-nogui)"
	case "wps":
		return "install LibreOffice (libreoffice-writer-nogui), or antiword for WPS files saved in Word format"
	case "xls":
		return "install catdoc (apt-get install catdoc, for xls2csv) or LibreOffice (libreoffice-calc-nogui)"
	}
	return "install LibreOffice (libreoffice-calc-nogui), or catdoc for ET files saved in Excel format"
}

// readLegacy reads a .doc, .wps, .xls or .et file. A .docx, .xlsx or HTML
// file under one of these names (common: systems export HTML tables as
// .xls) is read directly. It returns the text and the converter used.
func readLegacy(ctx context.Context, format string, data []byte, lim Limits) (string, string, error) {
	kind := sniff(data)
	switch kind {
	case "zip":
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		switch {
		case err != nil && !errors.Is(err, zip.ErrInsecurePath):
			return "", "", skipf("%s file is a truncated or corrupt zip archive", format)
		case findZipFile(zr, "xl/workbook.xml") != nil:
			text, err := readXLSX(data, lim)
			return text, "xlsx", err
		}
		text, err := readDOCX(data, lim)
		return text, "docx", err
	case "html":
		text, enc, err := readHTML(data)
		return text, enc, err
	}
	var tried []string
	found, other := false, false
	for _, c := range convertersFor(format) {
		if kind != "ole" && !c.any {
			other = true // antiword, catdoc and xls2csv print any other file as it is
			continue
		}
		bin := ""
		for _, b := range c.bins {
			if p, err := exec.LookPath(b); err == nil {
				bin = p
				break
			}
		}
		if bin == "" {
			continue
		}
		found = true
		text, err := convertWith(ctx, c, bin, format, data, lim)
		if err == nil {
			return text, c.name, nil
		}
		if ctx.Err() != nil {
			return "", "", ctx.Err()
		}
		if !isSkipErr(err) {
			return "", "", err
		}
		reason := err.(*SkipError).Reason
		if !strings.HasPrefix(reason, filepath.Base(bin)) {
			reason = c.name + ": " + reason
		}
		tried = append(tried, reason)
	}
	if !found && other {
		return "", "", skipf("%s file is not an Office document (no OLE header); only LibreOffice could read it and it is not installed (libreoffice-writer-nogui, libreoffice-calc-nogui)", format)
	}
	if !found {
		return "", "", skipf("%s files need a converter and none is installed: %s", format, installHint(format))
	}
	return "", "", skipf("%s file could not be converted (%s)", format, strings.Join(tried, "; "))
}

// sniff tells what a supposed old-format file really holds: "ole" (an OLE
// compound file: the real old formats), "zip", "html", "rtf" or "".
func sniff(data []byte) string {
	head := data[:min(len(data), 4096)]
	switch {
	case bytes.HasPrefix(head, oleMagic):
		return "ole"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "zip"
	case bytes.HasPrefix(head, []byte(`{\rtf`)):
		return "rtf"
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if bytes.HasPrefix(t, []byte("<")) {
		l := bytes.ToLower(t)
		if bytes.Contains(l, []byte("<html")) || bytes.Contains(l, []byte("<table")) || bytes.Contains(l, []byte("<body")) {
			return "html"
		}
	}
	return ""
}

// convertWith runs one converter on data in a fresh temporary folder and
// checks what comes out.
func convertWith(ctx context.Context, c converter, bin, format string, data []byte, lim Limits) (string, error) {
	dir, err := os.MkdirTemp("", "extract-convert-*")
	if err != nil {
		return "", fmt.Errorf("extract: temp folder for %s: %w", c.name, err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "input."+format)
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return "", fmt.Errorf("extract: temp file for %s: %w", c.name, err)
	}
	text, err := c.run(ctx, bin, dir, in, lim)
	if err != nil {
		return "", err
	}
	text = dropBlankLines(normalize(text))
	if err := checkText(text); err != nil {
		return "", err
	}
	if why := implausibleReason(text); why != "" {
		return "", skipf("output is garbled (%s)", why)
	}
	return text, nil
}

// runSoffice converts in to the format to ("docx" or "xlsx") with
// LibreOffice and reads the result.
func runSoffice(ctx context.Context, bin, dir, in, to string, lim Limits) (string, error) {
	out := filepath.Join(dir, "out")
	profile := filepath.Join(dir, "profile")
	_, err := runTool(ctx, lim, dir, officeMemoryFactor*lim.ConverterMemory, bin,
		"--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault",
		"-env:UserInstallation=file://"+profile,
		"--convert-to", to, "--outdir", out, in)
	if err != nil {
		return "", err
	}
	name := filepath.Join(out, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+"."+to)
	st, err := os.Stat(name)
	if err != nil {
		return "", skipf("LibreOffice wrote no %s (the file may be corrupt or password-protected)", to)
	}
	if st.Size() > lim.MaxFileBytes {
		return "", skipf("LibreOffice's %s is larger than %s", to, sizeString(lim.MaxFileBytes))
	}
	conv, err := os.ReadFile(name)
	if err != nil {
		return "", fmt.Errorf("extract: read converted file: %w", err)
	}
	if to == "xlsx" {
		return readXLSX(conv, lim)
	}
	return readDOCX(conv, lim)
}

// runAntiword reads a Word 97-2003 document with antiword, paragraphs on
// one line each; its "|a |b |" table rows become "a | b" rows.
func runAntiword(ctx context.Context, bin, dir, in string, lim Limits) (string, error) {
	out, err := runTool(ctx, lim, dir, lim.ConverterMemory, bin, "-m", "UTF-8.txt", "-w", "0", in)
	if err != nil {
		return "", err
	}
	lines := strings.Split(normalize(out), "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if len(t) < 2 || t[0] != '|' || t[len(t)-1] != '|' {
			continue
		}
		cells := strings.Split(t[1:len(t)-1], "|")
		for j := range cells {
			cells[j] = strings.TrimSpace(cells[j])
		}
		lines[i] = strings.TrimSpace(strings.Join(cells, " | "))
	}
	return strings.Join(lines, "\n"), nil
}

// runCatdoc reads a Word document with catdoc, without line wrapping.
func runCatdoc(ctx context.Context, bin, dir, in string, lim Limits) (string, error) {
	return runTool(ctx, lim, dir, lim.ConverterMemory, bin, "-d", "utf-8", "-w", in)
}

// runXLS2CSV reads an Excel 97-2003 workbook with xls2csv and renders each
// sheet's rows as .xlsx sheets are rendered.
func runXLS2CSV(ctx context.Context, bin, dir, in string, lim Limits) (string, error) {
	out, err := runTool(ctx, lim, dir, lim.ConverterMemory, bin, "-d", "utf-8", "-q", "3", "-c", ",", "-b", "\f\n", in)
	if err != nil {
		return "", err
	}
	return csvSheets(out)
}

// csvSheets renders xls2csv output (CSV sheets separated by form feeds)
// as .xlsx sheets are rendered.
func csvSheets(out string) (string, error) {
	budget, slots := maxGridSpan, 0
	var lines []string
	for _, sheet := range strings.Split(out, "\f") {
		r := csv.NewReader(strings.NewReader(sheet))
		r.FieldsPerRecord = -1
		r.LazyQuotes = true
		var grid [][]string
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				break // keep the rows read
			}
			slots += len(rec)
			if slots > maxSheetSlots {
				return "", skipf("xls has more than %d cells (too large a workbook to index)", maxSheetSlots)
			}
			for i := range rec {
				rec[i] = collapseSpace(normalize(rec[i]))
			}
			grid = append(grid, rec)
		}
		lines = append(lines, gridLines(grid, nil, &budget)...)
	}
	return strings.Join(lines, "\n"), nil
}

// runTool runs bin with args in dir under the converter time limit and a
// virtual-memory limit of memKiB, and returns its standard output (capped
// at MaxExpandedBytes). It runs in its own process group, killed whole on
// timeout, with a minimal environment whose HOME and TMPDIR are dir, so it
// neither reads the user's settings nor meets another instance's locks.
// A failure, a timeout or a limit hit is a *SkipError; a cancelled ctx is
// returned as is.
func runTool(ctx context.Context, lim Limits, dir string, memBytes int64, bin string, args ...string) (string, error) {
	release, err := acquireConverter(ctx)
	if err != nil {
		return "", err
	}
	defer release()
	tctx, cancel := context.WithTimeout(ctx, lim.ConvertTimeout)
	defer cancel()
	cmd := limitedCommand(tctx, memBytes, lim.ConverterCPU, bin, args...)
	cmd.Dir = dir
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + dir,
		"TMPDIR=" + dir,
		"LANG=C.UTF-8",
		"LC_ALL=C.UTF-8",
	}
	killGroupOnCancel(cmd)
	cmd.WaitDelay = 2 * time.Second
	var stdout, stderr capBuffer
	stdout.max = int(min(lim.MaxExpandedBytes, 1<<30))
	stderr.max = 4096
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	tool := filepath.Base(bin)
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	if tctx.Err() != nil {
		return "", skipf("%s timed out after %s", tool, lim.ConvertTimeout)
	}
	if why := limitReason(tool, err, cmd.ProcessState, stderr.String(), memBytes, lim.ConverterCPU, "corpus.converter_memory_mb", "corpus.converter_cpu"); why != "" {
		return "", skipf("%s", why)
	}
	if err != nil {
		msg := strings.TrimSpace(strings.ToValidUTF8(stderr.String(), "?"))
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				msg = ee.String()
			} else {
				msg = err.Error()
			}
		}
		return "", skipf("%s failed: %s", tool, errSummary(errors.New(msg)))
	}
	return stdout.String(), nil
}
