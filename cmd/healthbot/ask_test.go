package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/retrieval"
)

// TestAskOffline is the README's first command: with no keys and no index,
// the figure is answered with its source.
func TestAskOffline(t *testing.T) {
	t.Parallel()
	idx := t.TempDir()
	code, out, errOut := runCLI(t, nil, "ask", "--corpus", samples, "--index", idx, "--json", "2023年家庭医生签约率是多少？")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "building it from") {
		t.Errorf("first use does not say it builds the index: %q", errOut)
	}
	var got struct {
		Question, Mode, Answer string
		Sources                []struct {
			N                                int
			Title, File, Kind, Section, Text string
			Year                             int
		}
		Figures []struct {
			Label, Unit, Kind string
			Value             *float64
			Year, Source      int
		}
		Warnings []string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if got.Mode != "extractive" || !strings.Contains(got.Answer, "50.2%") || len(got.Sources) == 0 || len(got.Figures) == 0 {
		t.Fatalf("answer: %+v", got)
	}
	f := got.Figures[0]
	if f.Value == nil || *f.Value != 50.2 || f.Unit != "%" || f.Year != 2023 || f.Kind != "summary" || f.Source != 1 {
		t.Errorf("figure: %+v", f)
	}
	if s := got.Sources[0]; s.Year != 2023 || !strings.Contains(s.Text, "家庭医生总签约率为50.2%") || s.File != "004_797ccc564263b7fa.txt" {
		t.Errorf("source: %+v", s)
	}
	// Text output for a person.
	code, out, _ = runCLI(t, nil, "ask", "--corpus", samples, "--index", idx, "2023年家庭医生签约率是多少？")
	if code != 0 || !strings.Contains(out, "50.2%") || !strings.Contains(out, "来源：") {
		t.Errorf("text answer: %s", out)
	}
	// An index of an older version's layout is rebuilt, saying so.
	gen, err := retrieval.LiveGeneration(idx)
	if err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(idx, gen, "manifest.json")
	data, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	old := regexp.MustCompile(`"format":\s*\d+`).ReplaceAll(data, []byte(`"format":1`))
	if err := os.WriteFile(manifest, old, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCLI(t, nil, "ask", "--corpus", samples, "--index", idx, "2023年家庭医生签约率是多少？")
	if code != 0 || !strings.Contains(out, "50.2%") || !strings.Contains(errOut, "built by an older version") {
		t.Errorf("an older index is not rebuilt: exit %d, %s\n%s", code, errOut, out)
	}
}

func TestFiguresAndDraftCommands(t *testing.T) {
	t.Parallel()
	idx := sampleIndex(t)
	code, out, errOut := runCLI(t, nil, "figures", "--corpus", samples, "--index", idx, "家庭医生签约率")
	if code != 0 || !strings.Contains(out, "| 2023 |") {
		t.Errorf("figures: exit %d %s %s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, nil, "draft", "--corpus", samples, "--index", idx, "--now", "2024-06-01", "起草2025年工作计划中疾病预防控制部分的提纲")
	if code != 0 || !strings.HasPrefix(out, "2025年疾病预防控制工作计划提纲") || !strings.Contains(out, "（一）") {
		t.Errorf("draft: exit %d %s %s", code, out, errOut)
	}
}

func TestChatFollowUp(t *testing.T) {
	idx := sampleIndex(t)
	var out, errOut bytes.Buffer
	in := strings.NewReader("2023年家庭医生签约率是多少？\n那2016年呢？\n退出\n")
	code := run(context.Background(), []string{"chat", "--corpus", samples, "--index", idx, "--now", "2024-03-01"},
		func(string) string { return "" }, nil, in, &out, &errOut)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	text := out.String()
	if !strings.Contains(text, "50.2%") || !strings.Contains(text, "理解为：2016年") {
		t.Errorf("chat:\n%s", text)
	}
}
