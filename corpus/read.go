package corpus

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/healthbot/healthbot/corpus/extract"
)

// ReadOptions bound and tune the reading of one file.
type ReadOptions struct {
	Options
	Limits extract.Limits
	// MaxMemory is the memory budget of one file's parse, in bytes (see
	// ParseBounded); DefaultMaxMemory when 0.
	MaxMemory int64
}

// SkipError says why a file was not ingested. Reason is one sentence for
// the ingest summary.
type SkipError = extract.SkipError

// ReadFile reads, decodes and parses one file. path is where the file is;
// name is how results refer to it (its path relative to the corpus folder).
// A file that cannot be used gives a *SkipError with the reason; other
// errors are I/O failures.
func ReadFile(ctx context.Context, path, name string, opts ReadOptions) (Document, error) {
	// A zero field means its default (extract fills the others in).
	lim := opts.Limits
	if lim.MaxFileBytes <= 0 {
		lim.MaxFileBytes = extract.DefaultLimits().MaxFileBytes
	}
	data, err := readLimited(path, lim.MaxFileBytes)
	if err != nil {
		return Document{}, err
	}
	sum := sha256.Sum256(data)
	res, err := extract.Bytes(ctx, path, data, lim)
	if err != nil {
		return Document{}, err
	}
	meta, sidecar, serr := loadSidecar(path)
	budget := opts.MaxMemory
	if budget <= 0 {
		budget = DefaultMaxMemory
	}
	doc, err := ParseBounded(name, res.Text, meta, opts.Options, budget)
	if err != nil {
		return Document{}, err
	}
	doc.Format, doc.Encoding = res.Format, res.Encoding
	doc.Hash = hex.EncodeToString(sum[:])
	if serr != nil {
		doc.Warnings = append(doc.Warnings, fmt.Sprintf("ignored %s: %v", sidecar, serr))
	}
	return doc, nil
}

// readLimited reads a whole file, refusing files over max bytes without
// reading them (and files that grow past max while being read).
func readLimited(path string, max int64) ([]byte, error) {
	f, st, err := extract.OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if max > 0 && st.Size() > max {
		return nil, &SkipError{Reason: fmt.Sprintf("file is %d MiB, over the %d MiB limit (corpus.max_file_mb)", st.Size()>>20, max>>20)}
	}
	if st.Size() == 0 {
		return nil, &SkipError{Reason: "file is empty"}
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if max > 0 && int64(len(data)) > max {
		return nil, &SkipError{Reason: fmt.Sprintf("file grew over the %d MiB limit while being read", max>>20)}
	}
	return data, nil
}

// IsSkip reports whether err says a file was skipped (as opposed to an I/O
// failure), and returns the reason.
func IsSkip(err error) (string, bool) {
	var s *SkipError
	if errors.As(err, &s) {
		return s.Reason, true
	}
	return "", false
}
