package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/config"
)

// otherEnvNames are the HEALTHBOT_* variables that are not configuration
// keys: the date relative years are read against, and the switches of the
// long tests and benchmarks (README, Development).
var otherEnvNames = []string{
	"HEALTHBOT_NOW",
	"HEALTHBOT_LONG", "HEALTHBOT_CRASH_SEED", "HEALTHBOT_CRASH_KILLS",
	"HEALTHBOT_BENCH_SIZES", "HEALTHBOT_DEVDOCS_DIR", "HEALTHBOT_EVAL_OUT",
	"HEALTHBOT_LOAD", "HEALTHBOT_LOAD_SEED",
}

// knownEnvNames lists every HEALTHBOT_* variable healthbot reads.
func knownEnvNames() []string {
	names := slices.Clone(otherEnvNames)
	for _, k := range config.Keys() {
		names = append(names, k[1])
	}
	return names
}

// warnUnknownEnv writes a warning to w for each HEALTHBOT_* variable in
// environ (NAME=value strings) that healthbot does not read, naming the
// closest one it does: a misspelt override is otherwise silently ignored.
func warnUnknownEnv(w io.Writer, environ []string) {
	known := knownEnvNames()
	for _, kv := range environ {
		name, _, _ := strings.Cut(kv, "=")
		if !strings.HasPrefix(name, config.EnvPrefix) || slices.Contains(known, name) {
			continue
		}
		near, _ := nearest(name, known)
		fmt.Fprintf(w, "healthbot: warning: unknown environment variable %s is ignored (the closest known name is %s)\n", name, near)
	}
}

// closest returns the candidate nearest to s in edit distance, or "" when
// none is within a third of s's length (at least 2 edits are allowed).
func closest(s string, candidates []string) string {
	near, d := nearest(s, candidates)
	if d > max(2, len(s)/3) {
		return ""
	}
	return near
}

// nearest returns the candidate nearest to s in edit distance, the first
// of equals, and its distance.
func nearest(s string, candidates []string) (string, int) {
	best, bestDist := "", -1
	for _, c := range candidates {
		if d := editDistance(s, c); bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best, bestDist
}

// editDistance is the Levenshtein distance between a and b, in bytes
// (the names compared are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
