// Package extract turns one document file (plain text, Markdown, saved HTML
// page, Word .docx, Excel .xlsx, PDF, or an old Office/WPS file through a
// converter) into plain UTF-8 text for ingestion.
//
// Plain-text files may be UTF-8 (with or without BOM), UTF-16 with a BOM,
// GB18030/GBK/GB2312 or Big5; the encoding is detected from the bytes.
// Every reader bounds its work (file size, decompressed size, subprocess
// time) and turns malformed input into a *SkipError rather than a panic.
// Decoded text that does not read as what it should (mojibake, Korean or
// Japanese bytes read as Chinese, garbled PDF fonts) is refused with a
// reason rather than indexed.
package extract

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Limits bound the work done on one file. A zero field means its default.
type Limits struct {
	MaxFileBytes     int64         // files larger are refused (default 64 MiB)
	MaxExpandedBytes int64         // cap on decompressed bytes read from a .docx zip (default 128 MiB)
	PDFTimeout       time.Duration // for PDF parsing and the pdftotext fallback (default 60s)
	ConvertTimeout   time.Duration // per converter run for .doc .wps .xls .et (default 120s)
	// ConverterMemory caps the address space of pdftotext, antiword, catdoc
	// and xls2csv, in bytes (default 1 GiB); LibreOffice gets six times it.
	ConverterMemory int64
	// ConverterCPU caps the CPU time of one converter run (default 60s).
	ConverterCPU time.Duration
}

const mib = 1 << 20

// DefaultLimits returns the limits used for ordinary ingestion: 64 MiB files,
// 128 MiB of decompressed .docx/.xlsx content, 60 seconds per PDF and 120
// seconds per converter run, 1 GiB of address space and 60 s of CPU time per
// external converter.
func DefaultLimits() Limits {
	return Limits{
		MaxFileBytes:     64 * mib,
		MaxExpandedBytes: 128 * mib,
		PDFTimeout:       60 * time.Second,
		ConvertTimeout:   120 * time.Second,
		ConverterMemory:  1 << 30,
		ConverterCPU:     60 * time.Second,
	}
}

// withDefaults replaces zero or negative fields with their defaults.
func (l Limits) withDefaults() Limits {
	d := DefaultLimits()
	if l.MaxFileBytes <= 0 {
		l.MaxFileBytes = d.MaxFileBytes
	}
	if l.MaxExpandedBytes <= 0 {
		l.MaxExpandedBytes = d.MaxExpandedBytes
	}
	if l.PDFTimeout <= 0 {
		l.PDFTimeout = d.PDFTimeout
	}
	if l.ConvertTimeout <= 0 {
		l.ConvertTimeout = d.ConvertTimeout
	}
	if l.ConverterMemory <= 0 {
		l.ConverterMemory = d.ConverterMemory
	}
	if l.ConverterCPU <= 0 {
		l.ConverterCPU = d.ConverterCPU
	}
	return l
}

// Result is the text of one file.
type Result struct {
	// Text is UTF-8, paragraphs separated by "\n"; it never contains NUL
	// or "\r" and has no control characters other than "\n" and "\t".
	Text string
	// Format is "txt", "md", "html", "docx", "xlsx", "pdf", "doc", "wps",
	// "xls" or "et".
	Format string
	// Encoding is the detected source encoding: "utf-8", "utf-8-bom",
	// "utf-16le", "utf-16be", "gb18030" or "big5" for text files; the
	// charset used for HTML; "utf-8" for docx and xlsx; empty for pdf;
	// for doc, wps, xls and et the converter that read it ("libreoffice",
	// "antiword", "catdoc", "xls2csv") or, when the file turned out to be
	// a .docx/.xlsx/HTML file under an old name, what it was read as.
	Encoding string
}

// SkipError says why a file was not read; Reason is a short English
// sentence for the ingest summary.
type SkipError struct{ Reason string }

// Error returns the reason prefixed with "skipped: ".
func (e *SkipError) Error() string { return "skipped: " + e.Reason }

// skipf builds a *SkipError from a format string.
func skipf(format string, args ...any) error {
	return &SkipError{Reason: fmt.Sprintf(format, args...)}
}

// formats maps lower-case file extensions to Result.Format values.
var formats = map[string]string{
	".txt":      "txt",
	".text":     "txt",
	".md":       "md",
	".markdown": "md",
	".html":     "html",
	".htm":      "html",
	".docx":     "docx",
	".xlsx":     "xlsx",
	".xlsm":     "xlsx",
	".pdf":      "pdf",
	".doc":      "doc",
	".wps":      "wps",
	".xls":      "xls",
	".et":       "et",
}

// formatOf returns the format for name's extension, or a *SkipError.
func formatOf(name string) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if f, ok := formats[ext]; ok {
		return f, nil
	}
	if ext == "" {
		return "", skipf("unsupported file type (no extension)")
	}
	return "", skipf("unsupported file type %s", ext)
}

// File reads path (the extension decides the reader, case-insensitive:
// .txt .text .md .markdown .html .htm .docx .xlsx .xlsm .pdf, and .doc
// .wps .xls .et through a converter) and returns its text. ctx bounds the
// pdftotext and converter subprocesses. Files that cannot or should not be
// read (unsupported type, empty, too large, binary, corrupt, zip bomb, PDF
// without extractable text, text that does not read as Chinese, an old
// format with no converter installed) give a *SkipError; I/O failures and
// a cancelled ctx give other errors. File never panics.
func File(ctx context.Context, path string, lim Limits) (Result, error) {
	lim = lim.withDefaults()
	format, err := formatOf(path)
	if err != nil {
		return Result{}, err
	}
	var data []byte
	for attempt := 0; ; attempt++ {
		var stable bool
		data, stable, err = readStable(path, lim)
		if err != nil {
			return Result{}, err
		}
		if stable {
			break
		}
		if attempt == 1 {
			return Result{}, skipf("file changed while it was being read; run ingest again once it is written")
		}
	}
	return extract(ctx, format, path, data, lim)
}

// readStable reads a regular file whole and reports whether it stayed the
// same while it was read: the same size and modification time before and
// after, and as many bytes as its size said. A file being rewritten (a
// copy still in progress) would otherwise be indexed half.
func readStable(path string, lim Limits) (data []byte, stable bool, err error) {
	f, st, err := OpenRegular(path)
	if err != nil {
		if isSkipErr(err) {
			return nil, false, err
		}
		return nil, false, fmt.Errorf("extract: %w", err)
	}
	defer f.Close()
	return readChecked(f, st, path, lim)
}

// readChecked reads an opened file and checks it against st, its details
// when it was opened; see readStable.
func readChecked(f *os.File, st fs.FileInfo, path string, lim Limits) (data []byte, stable bool, err error) {
	if st.Size() > lim.MaxFileBytes {
		return nil, false, tooLarge(lim)
	}
	data, err = io.ReadAll(io.LimitReader(f, lim.MaxFileBytes+1))
	if err != nil {
		return nil, false, fmt.Errorf("extract: read %s: %w", path, err)
	}
	after, err := os.Stat(path)
	if err != nil {
		return nil, false, fmt.Errorf("extract: %w", err)
	}
	stable = int64(len(data)) == st.Size() && after.Size() == st.Size() && after.ModTime().Equal(st.ModTime())
	return data, stable, nil
}

// OpenRegular opens path for reading and returns it with its details, or
// a *SkipError when it is not a regular file. It never blocks: a FIFO or
// a device (say, a file replaced by one after its folder was listed) is
// opened non-blocking and refused, where a plain open would wait forever
// for a writer.
func OpenRegular(path string) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, skipf("not a regular file")
	}
	return f, st, nil
}

// isSkipErr reports whether err is a *SkipError.
func isSkipErr(err error) bool {
	var se *SkipError
	return errors.As(err, &se)
}

// Bytes is File for content already in memory; name gives the extension.
func Bytes(ctx context.Context, name string, data []byte, lim Limits) (Result, error) {
	lim = lim.withDefaults()
	format, err := formatOf(name)
	if err != nil {
		return Result{}, err
	}
	return extract(ctx, format, "", data, lim)
}

// tooLarge is the SkipError for a file over MaxFileBytes.
func tooLarge(lim Limits) error {
	return skipf("file is larger than %s", sizeString(lim.MaxFileBytes))
}

// sizeString formats n bytes for a reason sentence.
func sizeString(n int64) string {
	if n >= mib && n%mib == 0 {
		return fmt.Sprintf("%d MiB", n/mib)
	}
	if n >= mib {
		return fmt.Sprintf("%.1f MiB", float64(n)/mib)
	}
	return fmt.Sprintf("%d bytes", n)
}

// extract dispatches data to the reader for format. path is the file on
// disk when known (the pdftotext fallback can use it directly) or "".
func extract(ctx context.Context, format, path string, data []byte, lim Limits) (res Result, err error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	if len(data) == 0 {
		return Result{}, skipf("file is empty")
	}
	if int64(len(data)) > lim.MaxFileBytes {
		return Result{}, tooLarge(lim)
	}
	defer func() {
		// Last line of defence: a reader bug on hostile input must not
		// take down the ingest run.
		if r := recover(); r != nil {
			res = Result{}
			msg := fmt.Sprint(r)
			if len(msg) > 80 {
				msg = msg[:80]
			}
			err = skipf("%s reader failed on malformed input (%s)", format, strings.ToValidUTF8(msg, "?"))
		}
	}()

	beforeRead(format)
	res.Format = format
	var text string
	switch format {
	case "txt", "md":
		text, res.Encoding, err = DecodeText(data)
	case "html":
		text, res.Encoding, err = readHTML(data)
	case "docx":
		text, err = readDOCX(data, lim)
		res.Encoding = "utf-8"
	case "xlsx":
		text, err = readXLSX(data, lim)
		res.Encoding = "utf-8"
	case "pdf":
		text, err = readPDF(ctx, data, path, lim)
	case "doc", "wps", "xls", "et":
		text, res.Encoding, err = readLegacy(ctx, format, data, lim)
	default:
		err = skipf("unsupported format %s", format)
	}
	if err != nil {
		return Result{}, err
	}
	res.Text = normalize(text)
	if format != "txt" && format != "md" {
		res.Text = dropBlankLines(res.Text)
	}
	if err := checkText(res.Text); err != nil {
		return Result{}, err
	}
	if why := implausibleReason(res.Text); why != "" {
		return Result{}, skipf("text looks wrongly decoded or is not Chinese (%s)", why)
	}
	return res, nil
}

// beforeRead is a test hook run before a reader starts.
var beforeRead = func(format string) {}
