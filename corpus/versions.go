package corpus

import (
	"fmt"
	"path"
	"strings"
)

// Versions of one report (a draft and the final text, or a repost with
// changed numbers) are collapsed as near-duplicates; the final version
// answers, and the figures on which they disagree are recorded so that
// ingest can report them.

// Version markers in titles and file names, from the least final.
var (
	draftMarkers = []string{"初稿", "草稿", "草案", "讨论稿", "draft"}
	midMarkers   = []string{"征求意见稿", "修改稿", "送审稿", "修订稿"}
	finalMarkers = []string{"终稿", "定稿", "正式稿", "最终稿", "final"}
)

// versionRank orders versions: 3 final, 2 unmarked, 1 revised, 0 draft.
func versionRank(r *Report) int {
	text := strings.ToLower(Normalize(r.Title + " " + path.Base(r.File)))
	switch {
	case containsAny(text, finalMarkers):
		return 3
	case containsAny(text, midMarkers):
		return 1
	case containsAny(text, draftMarkers):
		return 0
	}
	return 2
}

// disagreements lists the figures of keep and dup that name the same
// indicator for the same year and unit with different values.
func disagreements(keep, dup *Report) []string {
	type key struct {
		label, unit string
		year        int
	}
	theirs := map[key]string{}
	for _, f := range dup.Figures {
		if !f.Missing {
			theirs[key{f.Label, f.Unit, f.Year}] = f.Raw
		}
	}
	var out []string
	seen := map[key]bool{}
	for _, f := range keep.Figures {
		k := key{f.Label, f.Unit, f.Year}
		other, ok := theirs[k]
		if f.Missing || !ok || seen[k] || other == f.Raw {
			continue
		}
		seen[k] = true
		out = append(out, fmt.Sprintf("%s %d: %s%s here, %s%s in %s", f.Label, f.Year, f.Raw, f.Unit, other, f.Unit, dup.Ref()))
	}
	return out
}
