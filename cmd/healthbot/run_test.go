package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the program as a user would, with its own environment.
func runCLI(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, func(k string) string { return env[k] }, environOf(env), strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// environOf lists env as NAME=value strings, as os.Environ does.
func environOf(env map[string]string) []string {
	var out []string
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	return out
}

const samples = "../../corpus/samples"

func TestIngestSamples(t *testing.T) {
	t.Parallel()
	idx := t.TempDir()
	code, out, errOut := runCLI(t, nil, "ingest", "--corpus", samples, "--index", idx)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Ingested 5 files", "1 near-duplicate", "Figures:", "Index: " + idx} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if _, err := os.Stat(filepath.Join(idx, "corpus.bin")); err != nil {
		t.Errorf("parsed corpus not stored: %v", err)
	}
	code, out, _ = runCLI(t, nil, "ingest", "--corpus", samples, "--index", idx, "--json")
	var sum struct {
		Files, Read, Unchanged, Reports, Duplicates, Chunks, Figures int
	}
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil {
		t.Fatalf("ingest --json: exit %d, %s", code, out)
	}
	if sum.Files != 5 || sum.Read != 0 || sum.Unchanged != 5 || sum.Reports != 11 || sum.Duplicates != 1 {
		t.Errorf("second ingest: %+v", sum)
	}
}

func TestIngestFromEnvironment(t *testing.T) {
	t.Parallel()
	idx := t.TempDir()
	code, out, errOut := runCLI(t, map[string]string{"HEALTHBOT_CORPUS_DIR": samples, "HEALTHBOT_INDEX_DIR": idx}, "ingest")
	if code != 0 || !strings.Contains(out, "Index: "+idx) {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
}

func TestInspectJSON(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "inspect", "--json", samples+"/004_797ccc564263b7fa.txt", samples+"/003_452a34ef8c3d0ccb.txt", "nope.xlsx")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got struct {
		Reports []struct {
			Title, File, Org, Period string
			Year                     int
			Duplicates               []string
			DuplicateOf              string `json:"duplicate_of"`
			Sections                 []struct {
				Path, Kind string
				Year       int
			}
			Chunks  []struct{ ID, Section, Text string }
			Figures []struct {
				Label, Unit, Qualifier, Kind, Sentence string
				Value                                  *float64
				Year                                   int
				Missing                                bool
			}
		}
		Skipped []struct{ File, Reason string }
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out[:min(len(out), 500)])
	}
	if len(got.Reports) != 9 {
		t.Fatalf("%d reports, want 1 + 8", len(got.Reports))
	}
	r := got.Reports[0]
	if r.Year != 2023 || r.Org != "南陵县" || len(r.Sections) == 0 || len(r.Chunks) == 0 || r.Chunks[0].ID == "" {
		t.Errorf("report 004: %+v", r.Title)
	}
	found := false
	for _, f := range r.Figures {
		if f.Label == "家庭医生总签约率" && f.Value != nil && *f.Value == 50.2 && f.Unit == "%" && f.Year == 2023 && f.Kind == "summary" {
			found = true
		}
	}
	if !found {
		t.Error("figure (家庭医生总签约率, 50.2, %, 2023, summary) missing from inspect --json")
	}
	if got.Reports[8].DuplicateOf == "" || len(got.Reports[1].Duplicates) != 1 {
		t.Errorf("篇8 not marked as a duplicate of 篇1")
	}
	if len(got.Skipped) != 1 || got.Skipped[0].File != "nope.xlsx" {
		t.Errorf("skipped: %+v", got.Skipped)
	}
}

func TestInspectText(t *testing.T) {
	code, out, _ := runCLI(t, nil, "inspect", samples+"/002_658e6bb8e14e66b9.txt")
	if code != 0 || !strings.Contains(out, "年度衛生工作計劃") || !strings.Contains(out, "Traditional Chinese") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		code int
		want string
	}{
		{"unknown command", nil, []string{"frobnicate"}, exitUsage, "unknown command"},
		{"inspect without files", nil, []string{"inspect"}, exitUsage, "name at least one file"},
		{"bad flag", nil, []string{"ingest", "--nope"}, exitUsage, "unknown flag --nope"},
		{"misspelt command", nil, []string{"ingets"}, exitUsage, `unknown command "ingets" (did you mean "ingest"?)`},
		{"bad log format", nil, []string{"ingest", "--log-format", "xml"}, exitUsage, "--log-format"},
		{"bad env value", map[string]string{"HEALTHBOT_CORPUS_CHUNK_RUNES": "lots"}, []string{"ingest"}, exitUsage, "corpus.chunk_runes"},
		{"missing config file", nil, []string{"ingest", "--config", "/nonexistent/config.yaml"}, exitUsage, "config"},
		{"missing corpus folder", nil, []string{"ingest", "--corpus", "/nonexistent/folder", "--index", "/tmp/x"}, exitError, "corpus folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tt.env, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", code, tt.code, errOut, tt.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI(t, nil, "help")
	if code != 0 || !strings.Contains(out, "Commands:") || !strings.Contains(out, "ingest ") {
		t.Errorf("help: %d %s", code, out)
	}
}

func TestEvalModes(t *testing.T) {
	t.Parallel()
	idx := sampleIndex(t)
	code, out, errOut := runCLI(t, nil, "eval", "--json", "--modes", "keyword,hybrid", "--set", "../../retrieval/testdata/eval.yaml", "--corpus", samples, "--index", idx)
	if code != 0 || strings.Contains(out, `"vector"`) || !strings.Contains(out, `"keyword"`) || !strings.Contains(out, `"hybrid"`) {
		t.Errorf("eval --modes keyword,hybrid: exit %d %s\n%s", code, errOut, out)
	}
	if code, _, errOut := runCLI(t, nil, "eval", "--modes", "semantic", "--set", "../../retrieval/testdata/eval.yaml", "--corpus", samples, "--index", idx); code == 0 || !strings.Contains(errOut, "semantic") {
		t.Errorf("an unknown retriever is accepted: exit %d %s", code, errOut)
	}
}
