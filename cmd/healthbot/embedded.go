package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/atomicfile"
)

// corpusDir is the corpus folder to read. When the configured one is the
// default (corpus/samples), --corpus did not name one and it does not exist
// (healthbot run outside its checkout), it is the sample reports built into
// the binary, extracted to the user's cache folder, and stderr says so.
func (e *env) corpusDir() (string, error) {
	dir := e.cfg.Corpus.Dir
	if e.corpusFlag || dir != config.Default().Corpus.Dir {
		return dir, nil
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		return dir, nil
	}
	base, err := userCacheDir(e.getenv)
	if err != nil {
		return "", fmt.Errorf("corpus folder %s does not exist, and there is no cache folder to extract the built-in samples to (%v): set corpus.dir or --corpus", dir, err)
	}
	target := filepath.Join(base, "healthbot", "samples")
	if err := extractSamples(corpus.Samples(), target); err != nil {
		return "", fmt.Errorf("extract the built-in samples: %w", err)
	}
	fmt.Fprintf(e.stderr, "The corpus folder %s does not exist here: using the sample reports built into healthbot, extracted to %s.\n", dir, target)
	e.cfg.Corpus.Dir = target
	return target, nil
}

// userCacheDir is os.UserCacheDir read through getenv on Unix
// ($XDG_CACHE_HOME, else $HOME/.cache), so tests choose it.
func userCacheDir(getenv func(string) string) (string, error) {
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" || runtime.GOOS == "ios" || runtime.GOOS == "plan9" {
		return os.UserCacheDir()
	}
	if d := getenv("XDG_CACHE_HOME"); filepath.IsAbs(d) {
		return d, nil
	}
	if h := getenv("HOME"); h != "" {
		return filepath.Join(h, ".cache"), nil
	}
	return "", errors.New("neither $XDG_CACHE_HOME nor $HOME is set")
}

// extractSamples writes the files of src into dir, leaving alone those
// already there with the same content, so an ingest sees them unchanged.
func extractSamples(src fs.FS, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	return fs.WalkDir(src, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, path)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(path))
		if old, err := os.ReadFile(dst); err == nil && bytes.Equal(old, data) {
			return nil
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return atomicfile.WriteFile(dst, data)
	})
}
