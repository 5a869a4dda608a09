package retrieval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/healthbot/healthbot/corpus"
)

// accessFile, inside a generation folder, records the access folder of
// every file in one (package access), and the folders configured when
// the index was built.
const accessFile = "access.json"

// Access is what Build records about access folders.
type Access struct {
	// Folders are the access folders configured (access.folders), sorted:
	// an index built under other folders is out of date.
	Folders []string `json:"folders"`
	// Files maps a file (relative to the corpus folder) to its access
	// folder; files in none are not listed.
	Files map[string]string `json:"files,omitempty"`
}

// Equal reports whether two records say the same.
func (a Access) Equal(b Access) bool {
	if !slices.Equal(a.Folders, b.Folders) || len(a.Files) != len(b.Files) {
		return false
	}
	for f, k := range a.Files {
		if b.Files[f] != k {
			return false
		}
	}
	return true
}

func writeAccess(gen string, a Access) error {
	sort.Strings(a.Folders)
	data, err := json.Marshal(a)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(gen, accessFile), data, 0o644); err != nil {
		return fmt.Errorf("write access folders: %w", err)
	}
	return nil
}

func readAccess(gen string) (Access, error) {
	data, err := os.ReadFile(filepath.Join(gen, accessFile))
	if err != nil {
		return Access{}, err
	}
	var a Access
	if err := json.Unmarshal(data, &a); err != nil {
		return Access{}, err
	}
	return a, nil
}

// ReadAccess returns the access record of the live index in dir.
func ReadAccess(dir string) (Access, error) {
	gen, err := currentGeneration(dir)
	if err != nil {
		return Access{}, err
	}
	return readAccess(gen)
}

// AccessUpToDate reports whether the live index in dir records a.
func AccessUpToDate(dir string, a Access) bool {
	got, err := ReadAccess(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return false
	}
	sort.Strings(a.Folders)
	return err == nil && got.Equal(a)
}

// Access returns the access record of the opened index.
func (ix *Index) Access() Access { return ix.access }

// hiddenFiles lists the files whose passages and figures r may not read,
// sorted.
func (ix *Index) hiddenFiles(r corpus.Readable) []string {
	if r.All {
		return nil
	}
	var out []string
	for f, key := range ix.access.Files {
		if !r.Allows(key) {
			out = append(out, f)
		}
	}
	sort.Strings(out)
	return out
}

// withoutFiles restricts a keyword query to documents of other files.
func withoutFiles(q query.Query, files []string) query.Query {
	if len(files) == 0 {
		return q
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(q)
	for _, f := range files {
		b.AddMustNot(termQuery(fieldFile, f))
	}
	return b
}
