package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestFlagsAnywhere: flags after the question, and global flags before
// the command, are flags, never words of the question.
func TestFlagsAnywhere(t *testing.T) {
	t.Parallel()
	idx := sampleIndex(t)
	for _, args := range [][]string{
		{"ask", "2023年家庭医生签约率是多少？", "--json", "--corpus", samples, "--index", idx},
		{"--corpus", samples, "--index", idx, "ask", "--json", "2023年家庭医生签约率是多少？"},
		{"--index=" + idx, "ask", "2023年家庭医生", "签约率是多少？", "--corpus=" + samples, "--json"},
	} {
		code, out, errOut := runCLI(t, nil, args...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errOut)
		}
		var got struct{ Question, Answer string }
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%q: not JSON: %v\n%s", args, err, out)
		}
		if got.Question != "2023年家庭医生签约率是多少？" && got.Question != "2023年家庭医生 签约率是多少？" || !strings.Contains(got.Answer, "50.2%") {
			t.Errorf("%q: question %q, answer %q", args, got.Question, got.Answer)
		}
	}
	// search's -k after the question.
	code, out, errOut := runCLI(t, nil, "search", "家庭医生签约", "-k", "2", "--json", "--corpus", samples, "--index", idx)
	var res struct{ Hits []struct{ Rank int } }
	if code != 0 || json.Unmarshal([]byte(out), &res) != nil || len(res.Hits) != 2 {
		t.Errorf("search … -k 2 --json: exit %d %s, %d hits\n%s", code, errOut, len(res.Hits), out)
	}
}

// TestHelpPerCommand: `help ask` and `ask --help` show ask's own flags.
func TestHelpPerCommand(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{{"help", "ask"}, {"ask", "--help"}, {"ask", "-h"}, {"--corpus", "x", "help", "ask"}} {
		code, out, errOut := runCLI(t, nil, args...)
		if code != 0 {
			t.Errorf("%q: exit %d %s", args, code, errOut)
		}
		for _, want := range []string{"Usage: healthbot ask", "--json", "--now=DATE", "--corpus=DIR"} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: help lacks %q:\n%s", args, want, out)
			}
		}
		if strings.Contains(out, "--mode") || strings.Contains(out, "--recent") {
			t.Errorf("%q: help shows another command's flags:\n%s", args, out)
		}
	}
	code, out, _ := runCLI(t, nil, "help", "search")
	if code != 0 || !strings.Contains(out, "Usage: healthbot search") || !strings.Contains(out, "-k, --k=N") {
		t.Errorf("help search: exit %d\n%s", code, out)
	}
	// No command at all: the general help, listing the commands.
	code, out, _ = runCLI(t, nil)
	if code != 0 || !strings.Contains(out, "Commands:") || !strings.Contains(out, "version") {
		t.Errorf("no arguments: exit %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, nil, "help", "frobnicate"); code != exitUsage || !strings.Contains(errOut, `unknown command "frobnicate"`) {
		t.Errorf("help of an unknown command: exit %d %s", code, errOut)
	}
}

// TestVersion: `version`, `--version` (anywhere) and the -ldflags override.
func TestVersion(t *testing.T) {
	want := versionInfo().String()
	if !strings.HasPrefix(want, "healthbot ") || !strings.Contains(want, "go1.") {
		t.Errorf("version line %q", want)
	}
	for _, args := range [][]string{{"version"}, {"--version"}, {"ask", "--version"}} {
		code, out, errOut := runCLI(t, nil, args...)
		if code != 0 || strings.TrimSpace(out) != want {
			t.Errorf("%q: exit %d, %q (want %q) %s", args, code, out, want, errOut)
		}
	}
	// A broken configuration does not hide the version.
	code, out, _ := runCLI(t, map[string]string{"HEALTHBOT_CORPUS_CHUNK_RUNES": "lots"}, "version", "--json")
	var v buildVersion
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v.Version == "" || v.Go == "" {
		t.Errorf("version --json: exit %d %s", code, out)
	}
	// go build -ldflags "-X main.version=v9.8.7".
	saved := version
	version = "v9.8.7"
	t.Cleanup(func() { version = saved })
	code, out, _ = runCLI(t, nil, "--version")
	if code != 0 || !strings.HasPrefix(out, "healthbot v9.8.7 (") {
		t.Errorf("--version with main.version set: %q", out)
	}
}

// TestUnknownEnvWarning: a misspelt HEALTHBOT_* variable is named on
// stderr with the closest known name; known ones are not.
func TestUnknownEnvWarning(t *testing.T) {
	t.Parallel()
	env := map[string]string{
		"HEALTHBOT_CORPUS_DIRR":   "x",
		"HEALTHBOT_LLM_BASEURL":   "http://x",
		"HEALTHBOT_INDEX_DIR":     t.TempDir(),
		"HEALTHBOT_NOW":           "2024-01-01",
		"HEALTHBOT_SLACK_WORKERS": "2",
		"HOME":                    "/home/x",
	}
	code, _, errOut := runCLI(t, env, "version")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errOut)
	}
	for _, want := range []string{
		"warning: unknown environment variable HEALTHBOT_CORPUS_DIRR is ignored (the closest known name is HEALTHBOT_CORPUS_DIR)",
		"warning: unknown environment variable HEALTHBOT_LLM_BASEURL is ignored (the closest known name is HEALTHBOT_LLM_BASE_URL)",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errOut)
		}
	}
	if n := strings.Count(errOut, "warning:"); n != 2 {
		t.Errorf("%d warnings, want 2:\n%s", n, errOut)
	}
}

// TestJSONArraysNeverNull runs every command that prints JSON and checks
// that null appears only where the README documents it (a blank figure's
// value), never for a list.
func TestJSONArraysNeverNull(t *testing.T) {
	t.Parallel()
	idx := sampleIndex(t)
	data := t.TempDir()
	env := map[string]string{"HEALTHBOT_SLACK_DATA_DIR": data}
	flags := []string{"--corpus", samples, "--index", idx, "--now", "2024-06-01"}
	runs := [][]string{
		append([]string{"ask", "--json", "火星基地建设进展如何"}, flags...),
		append([]string{"ask", "--json", "2023年家庭医生签约率是多少？"}, flags...),
		append([]string{"figures", "--json", "火星基地数量"}, flags...),
		append([]string{"draft", "--json", "起草2025年火星基地建设计划"}, flags...),
		append([]string{"search", "--json", "火星基地"}, flags...),
		append([]string{"eval", "--json", "--set", "../../retrieval/testdata/eval.yaml", "--modes", "keyword"}, flags[:4]...),
		{"ingest", "--json", "--corpus", t.TempDir(), "--index", t.TempDir()},
		{"inspect", "--json", samples + "/002_658e6bb8e14e66b9.txt", "nope.xlsx"},
		{"inspect", "--json", "nope.xlsx"},
		{"feedback", "--json"},
		{"version", "--json"},
	}
	for _, args := range runs {
		code, out, errOut := runCLI(t, env, args...)
		if code != 0 {
			t.Errorf("%q: exit %d %s", args, code, errOut)
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(out), &v); err != nil {
			t.Errorf("%q: not JSON: %v", args, err)
			continue
		}
		for _, path := range nullPaths(v, "") {
			if !strings.HasSuffix(path, ".value") {
				t.Errorf("%q: %s is null", args, path)
			}
		}
	}
	// The README's shape of ask --json, for an answer with nothing found.
	_, out, _ := runCLI(t, env, append([]string{"ask", "--json", "火星基地建设进展如何"}, flags...)...)
	var got map[string]any
	json.Unmarshal([]byte(out), &got)
	for _, key := range []string{"sources", "figures", "warnings"} {
		if _, ok := got[key].([]any); !ok {
			t.Errorf("ask --json %q is %v, want an array", key, got[key])
		}
	}
}

// nullPaths lists where v (decoded JSON) holds null, as .a.b[2].c paths.
func nullPaths(v any, path string) []string {
	switch v := v.(type) {
	case nil:
		return []string{path}
	case map[string]any:
		var out []string
		for k, x := range v {
			out = append(out, nullPaths(x, path+"."+k)...)
		}
		return out
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, nullPaths(x, path+"[]")...)
		}
		return out
	}
	return nil
}

func TestWriteJSONEmptyNotNull(t *testing.T) {
	type inner struct {
		List  []int          `json:"list"`
		Map   map[string]int `json:"map"`
		Value *float64       `json:"value"`
		Skip  []int          `json:"skip,omitempty"`
		free  []int
	}
	type outer struct {
		Items  []inner  `json:"items"`
		Inner  inner    `json:"inner"`
		Ptr    *inner   `json:"ptr"`
		Any    any      `json:"any"`
		Names  []string `json:"names"`
		Nested [][]int  `json:"nested"`
	}
	var b strings.Builder
	if err := writeJSON(&b, outer{Items: []inner{{free: []int{1}}}, Ptr: &inner{}, Any: inner{}, Nested: [][]int{nil}}); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal([]byte(b.String()), &v); err != nil {
		t.Fatal(err)
	}
	got := nullPaths(v, "")
	want := map[string]bool{".items[].value": true, ".inner.value": true, ".ptr.value": true, ".any.value": true}
	for _, p := range got {
		if !want[p] {
			t.Errorf("%s is null:\n%s", p, b.String())
		}
		delete(want, p)
	}
	for p := range want {
		t.Errorf("nil pointer %s is not null:\n%s", p, b.String())
	}
	if strings.Contains(b.String(), "skip") {
		t.Errorf("omitempty ignored:\n%s", b.String())
	}
}

// TestEditDistance checks the distance behind the did-you-mean hints.
func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"ingets", "ingest", 2}, {"ask", "ask", 0}} {
		if got := editDistance(tt.a, tt.b); got != tt.d {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.d)
		}
	}
	if got := closest("serch", commandNames()); got != "search" {
		t.Errorf("closest(serch) = %q", got)
	}
	if got := closest("xyzzyplugh", commandNames()); got != "" {
		t.Errorf("closest(xyzzyplugh) = %q, want none", got)
	}
}
