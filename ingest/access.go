package ingest

import (
	"fmt"
	"slices"
	"sort"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// accessRecord resolves the access folder of every document under the
// policy (nil: none restricted), and warns of files whose `access:` key
// names a folder with no rule: no chat reads them.
func accessRecord(p *access.Policy, docs []*corpus.Document) (retrieval.Access, []string) {
	rec := retrieval.Access{Folders: p.Folders(), Files: map[string]string{}}
	if rec.Folders == nil {
		rec.Folders = []string{}
	}
	var warnings []string
	for _, d := range docs {
		key := p.FolderOf(d.File, d.Access)
		if key == "" {
			continue
		}
		rec.Files[d.File] = key
		if d.Access != "" && !slices.Contains(rec.Folders, key) {
			warnings = append(warnings, fmt.Sprintf("%s: access: %q names no folder of access.folders; no chat can read the file", d.File, d.Access))
		}
	}
	sort.Strings(warnings)
	return rec, warnings
}

// dedupeByAccess marks near-duplicate reports within each access folder
// only: a report never stands for a copy that other people may read.
func dedupeByAccess(docs []*corpus.Document, rec retrieval.Access, cache map[uint64]corpus.Signature) {
	groups := map[string][]*corpus.Document{}
	var keys []string
	for _, d := range docs {
		k := rec.Files[d.File]
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], d)
	}
	for _, k := range keys {
		corpus.DedupeCached(groups[k], cache)
	}
}
