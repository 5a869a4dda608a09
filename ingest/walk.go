package ingest

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// source is one file found in the corpus folder.
type source struct {
	Path string // on disk
	Name string // relative to the corpus folder, forward slashes
	Size int64
	Mod  int64 // modification time, Unix nanoseconds
}

// walk lists the documents under root in a stable order. Hidden files and
// folders, Office lock files and metadata sidecars are not documents;
// unreadable entries and symbolic links (unless followed) are reported as
// skipped. Symbolic link loops are detected.
func walk(root string, followSymlinks bool) ([]source, []corpus.Skipped, error) {
	st, err := os.Stat(root)
	if err != nil {
		return nil, nil, fmt.Errorf("corpus folder: %w", err)
	}
	if !st.IsDir() {
		return nil, nil, fmt.Errorf("corpus folder %s is not a folder", root)
	}
	w := &walker{root: root, follow: followSymlinks, visited: map[string]bool{}}
	if real, err := filepath.EvalSymlinks(root); err == nil {
		w.visited[real] = true
	}
	w.dir(root, "")
	sort.Slice(w.files, func(i, j int) bool { return w.files[i].Name < w.files[j].Name })
	sort.Slice(w.skipped, func(i, j int) bool { return w.skipped[i].File < w.skipped[j].File })
	return w.files, w.skipped, nil
}

type walker struct {
	root    string
	follow  bool
	visited map[string]bool // real paths of folders entered, to stop link loops
	files   []source
	skipped []corpus.Skipped
}

func (w *walker) skip(name, reason string) {
	w.skipped = append(w.skipped, corpus.Skipped{File: name, Reason: reason})
}

func (w *walker) dir(path, name string) {
	entries, err := os.ReadDir(path)
	if err != nil {
		w.skip(displayName(name), "folder cannot be read: "+plainError(err))
		return
	}
	for _, e := range entries {
		base := e.Name()
		if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "~$") {
			continue
		}
		p := filepath.Join(path, base)
		n := base
		if name != "" {
			n = name + "/" + base
		}
		info, err := os.Lstat(p)
		if err != nil {
			w.skip(n, "cannot be read: "+plainError(err))
			continue
		}
		if info.Mode()&fs.ModeSymlink != 0 {
			if !w.follow {
				w.skip(n, "symbolic link (set corpus.follow_symlinks: true to follow links)")
				continue
			}
			real, err := filepath.EvalSymlinks(p)
			if err != nil {
				w.skip(n, "broken or looping symbolic link")
				continue
			}
			if info, err = os.Stat(real); err != nil {
				w.skip(n, "symbolic link target cannot be read: "+plainError(err))
				continue
			}
			if info.IsDir() {
				if w.visited[real] {
					w.skip(n, "symbolic link loop (folder already read)")
					continue
				}
				w.visited[real] = true
			}
			p = real
		}
		switch {
		case info.IsDir():
			if real, err := filepath.EvalSymlinks(p); err == nil {
				w.visited[real] = true
			}
			w.dir(p, n)
		case corpus.IsSidecar(base):
			// metadata for another file, read with it
		case info.Mode().IsRegular():
			w.files = append(w.files, source{Path: p, Name: n, Size: info.Size(), Mod: info.ModTime().UnixNano()})
		default:
			w.skip(n, "not a regular file")
		}
	}
}

func displayName(name string) string {
	if name == "" {
		return "."
	}
	return name
}

// plainError drops the path from an *fs.PathError: the summary already names the file.
func plainError(err error) string {
	var pe *fs.PathError
	if e, ok := err.(*fs.PathError); ok {
		pe = e
		return pe.Err.Error()
	}
	return err.Error()
}
