package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// revision is one edition of GB/T 2260: code → name.
type revision map[string]string

// readRevisions reads gb2260's lib/<yyyymm>.json files, newest first (the
// other files there are Hong Kong's and Macao's and the index).
func readRevisions(dir string) ([]revision, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "[0-9][0-9][0-9][0-9][0-9][0-9].json"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("no GB/T 2260 revision (yyyymm.json) in %s", dir)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(paths)))
	var revs []revision
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var r revision
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		revs = append(revs, r)
	}
	return revs, nil
}

// addHistory adds the divisions that revisions name and divs does not, newest
// revision first: a name is a former name of the current division of the
// same province and level with the same short form (吴江市 of 吴江区, 吕梁地区
// of 吕梁市), else a division of its own (莱芜市, 崇文区) appended after divs.
// A name that some current division already bears is left to it. A division
// of its own keeps a short form only as a prefecture whose short form no
// other division has (莱芜): a former county's (南郊, 动力, 九江 of 九江县)
// is an ordinary word or another place's name more often than the county.
// It returns the divisions and how many were appended.
func addHistory(divs []division, revisions []revision) ([]division, int) {
	names, codes, shorts := map[string]bool{}, map[string]bool{}, map[string]bool{}
	successor := map[string]int{} // province code + level + short form → index in divs
	for i, d := range divs {
		names[d.name] = true
		for _, a := range d.aliases {
			names[a] = true
		}
		codes[d.code] = true
		shorts[d.short] = true
		if d.short != "" {
			successor[d.code[:2]+level(d.code)+d.short] = i
		}
	}
	current := len(divs)
	for _, rev := range revisions {
		keys := make([]string, 0, len(rev))
		for code := range rev {
			keys = append(keys, code)
		}
		sort.Strings(keys)
		for _, code := range keys {
			name := strings.TrimSpace(rev[code])
			if len(code) != 6 || placeholder(name) || names[name] {
				continue
			}
			names[name] = true
			short, aliases := shorten(name, code)
			if i, ok := successor[code[:2]+level(code)+short]; ok && short != "" {
				divs[i].former = append(divs[i].former, name)
				continue
			}
			if codes[code] {
				continue // the code is a current division's under another name: left to it
			}
			codes[code] = true
			if level(code) != "c" || shorts[short] || names[short] {
				short = ""
			}
			shorts[short] = true
			divs = append(divs, division{code: code, name: name, short: short, aliases: aliases})
		}
	}
	return divs, len(divs) - current
}

// level names a code's tier: province, city (prefecture) or county.
func level(code string) string {
	switch {
	case code[2:] == "0000":
		return "p"
	case code[4:] == "00":
		return "c"
	}
	return "x"
}
