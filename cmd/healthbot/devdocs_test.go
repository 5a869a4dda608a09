package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/extract"
	"github.com/healthbot/healthbot/retrieval"
)

// The development and held-out sets over the real documents in
// ../shared/devdocs (outside the repository; see testdata/devdocs/*.yaml).
const (
	devdocsDir     = "../../../shared/devdocs"
	devAnswers     = "../../testdata/devdocs/dev.yaml"
	holdoutAnswers = "../../testdata/devdocs/holdout.yaml"
	// A second set written blind by another hand after the first was tuned
	// on: odd ids may be read, even ids are held out.
	freshDevAnswers     = "../../testdata/devdocs/fresh_dev.yaml"
	freshHoldoutAnswers = "../../testdata/devdocs/fresh_holdout.yaml"
	// Two more blind sets by other hands: list/how/plan questions (fresh2)
	// and figure traps, targets, changes and absent items (fresh3).
	fresh2DevAnswers     = "../../testdata/devdocs/fresh2_dev.yaml"
	fresh2HoldoutAnswers = "../../testdata/devdocs/fresh2_holdout.yaml"
	fresh3DevAnswers     = "../../testdata/devdocs/fresh3_dev.yaml"
	fresh3HoldoutAnswers = "../../testdata/devdocs/fresh3_holdout.yaml"
	devRetrieval         = "../../testdata/devdocs/retrieval_dev.yaml"
	holdoutRetrieval     = "../../testdata/devdocs/retrieval_holdout.yaml"
	devdocsDocPattern    = `^\d\d_.+\.(txt|docx)$` // the documents; SOURCES.md quotes their figures and is left out
)

// Floors a little under the scores last measured (extractive mode, local
// embedder): when the sets were written, dev 47/108 = 0.435, holdout
// 17/47 = 0.362, hybrid recall@5 dev 0.811, holdout 0.825; with places,
// soft filters, section years and list answers, dev 84/108 = 0.778,
// holdout 38/47 = 0.809, recall@5 dev 0.989, holdout 1.000; with field
// paragraphs, items under headings, document fields and indicator names,
// dev 105/108 = 0.972, holdout 41/47 = 0.872, recall@5 1.000 and 1.000;
// with paragraph continuations, lists under named parts and document-named
// questions, dev 108/108, holdout 42/47.
// Raise them as the product improves; never lower them to let a change
// through.
const (
	devAnswerFloor     = 0.95
	holdoutAnswerFloor = 0.85
	// The blind second set scored 6/15 (read half) and 8/15 (held out) when
	// first run, before anything was tuned on its read half; now 14/15 and
	// 10/15.
	freshDevAnswerFloor     = 0.86
	freshHoldoutAnswerFloor = 0.60
	// fresh2 scored 8/12 and 8/12 when first run, fresh3 6/12 and 8/12;
	// now 12/12, 9/12, 12/12 and 8/12.
	fresh2DevAnswerFloor     = 0.90
	fresh2HoldoutAnswerFloor = 0.66
	fresh3DevAnswerFloor     = 0.90
	fresh3HoldoutAnswerFloor = 0.66
	devRecall5Floor          = 0.95
	holdoutRecall5Floor      = 0.95
	devdocsDirEnvOverride    = "HEALTHBOT_DEVDOCS_DIR"
)

var devdocsTypes = map[string]bool{
	"figure": true, "target": true, "tva": true, "plan": true, "how": true, "paraphrase": true,
	"table": true, "gbk": true, "opening": true, "trap": true, "absent": true, "ambiguous": true,
	"list": true, "change": true, "field": true,
}

// devdocs returns the folder of real documents, or skips the test.
func devdocs(t *testing.T) string {
	t.Helper()
	dir := devdocsDir
	if d := os.Getenv(devdocsDirEnvOverride); d != "" {
		dir = d
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Skipf("real documents not found at %s (set %s to their folder): skipping the devdocs evaluation", dir, devdocsDirEnvOverride)
	}
	return dir
}

// TestDevdocsSets checks the sets themselves (always on, fast): they load,
// ids are unique, types are known, and every retrieval answer is literally
// in the text of the file it names, as the product's extractor reads it.
func TestDevdocsSets(t *testing.T) {
	ids := map[string]string{}
	for _, set := range []string{devAnswers, holdoutAnswers, freshDevAnswers, freshHoldoutAnswers, fresh2DevAnswers, fresh2HoldoutAnswers, fresh3DevAnswers, fresh3HoldoutAnswers} {
		cases, err := bot.LoadEvalSet(set)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if prev, dup := ids[c.ID]; dup {
				t.Errorf("%s: id %s already used in %s", set, c.ID, prev)
			}
			ids[c.ID] = set
			if !devdocsTypes[c.Type] {
				t.Errorf("%s: %s has unknown type %q", set, c.ID, c.Type)
			}
			if c.Type == "absent" && (len(c.Facts) != 1 || c.Facts[0] != "找到") {
				t.Errorf("%s: absent case %s must expect exactly the fact 找到", set, c.ID)
			}
		}
	}
	var rcases []retrieval.EvalCase
	for _, set := range []string{devRetrieval, holdoutRetrieval} {
		cases, err := retrieval.LoadEvalSet(set)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if prev, dup := ids[c.ID]; dup {
				t.Errorf("%s: id %s already used in %s", set, c.ID, prev)
			}
			ids[c.ID] = set
		}
		rcases = append(rcases, cases...)
	}
	dir := devdocs(t)
	texts := map[string]string{}
	for _, c := range rcases {
		if c.Type == "absent" {
			continue
		}
		text, ok := texts[c.File]
		if !ok {
			res, err := extract.File(context.Background(), filepath.Join(dir, c.File), extract.DefaultLimits())
			if err != nil {
				t.Errorf("%s: %s: %v", c.ID, c.File, err)
				continue
			}
			text = strings.Join(strings.Fields(res.Text), "")
			texts[c.File] = text
		}
		if !strings.Contains(text, strings.Join(strings.Fields(c.Answer), "")) {
			t.Errorf("%s: answer %q is not in %s", c.ID, c.Answer, c.File)
		}
	}
}

// TestDevdocsEval ingests the real documents and scores whole answers and
// retrieval on the development and held-out sets, failing below the floors.
// Only the held-out scores are logged, never its misses: do not tune on it.
func TestDevdocsEval(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("ingests 19 real documents; skipped with -short")
	}
	dir := devdocs(t)
	corpusDir, idx := t.TempDir(), t.TempDir()
	docs := regexp.MustCompile(devdocsDocPattern)
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.Type().IsRegular() || !docs.MatchString(e.Name()) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(corpusDir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n == 0 {
		t.Fatalf("no documents matching %s in %s", devdocsDocPattern, dir)
	}
	code, out, errOut := runCLI(t, nil, "ingest", "--corpus", corpusDir, "--index", idx)
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s %s", code, out, errOut)
	}

	answers := func(t *testing.T, set string, floor float64, showMisses bool) {
		t.Helper()
		code, out, errOut := runCLI(t, nil, "eval", "--answers", "--json", "--set", set, "--corpus", corpusDir, "--index", idx)
		if code != 0 {
			t.Fatalf("eval --answers %s: exit %d: %s", set, code, errOut)
		}
		var r bot.EvalResult
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatalf("eval --answers %s: %v\n%s", set, err, out)
		}
		score := float64(r.Passed) / float64(max(1, r.Cases))
		var types []string
		for k := range r.Types {
			types = append(types, k)
		}
		sort.Strings(types)
		var by []string
		for _, k := range types {
			by = append(by, k+" "+strconv.Itoa(r.ByType[k])+"/"+strconv.Itoa(r.Types[k]))
		}
		t.Logf("%s: %d/%d answers correct (%.3f; floor %.3f); %s", filepath.Base(set), r.Passed, r.Cases, score, floor, strings.Join(by, ", "))
		if showMisses {
			var ids []string
			for _, f := range r.Failures {
				ids = append(ids, f.ID)
			}
			t.Logf("%s misses: %s", filepath.Base(set), strings.Join(ids, " "))
		}
		if score < floor {
			t.Errorf("%s: answer score %.3f is below the floor %.3f", filepath.Base(set), score, floor)
		}
	}
	recall := func(t *testing.T, set string, floor float64, showMisses bool) {
		t.Helper()
		// The vector retriever alone is not checked here: measuring it
		// costs a third of the time under the race detector.
		code, out, errOut := runCLI(t, nil, "eval", "--json", "--modes", "keyword,hybrid", "--set", set, "--now", "2026-03-15", "--corpus", corpusDir, "--index", idx)
		if code != 0 {
			t.Fatalf("eval %s: exit %d: %s", set, code, errOut)
		}
		var scores []retrieval.EvalScores
		if err := json.Unmarshal([]byte(out), &scores); err != nil {
			t.Fatalf("eval %s: %v\n%s", set, err, out)
		}
		byMode := map[corpus.Mode]retrieval.EvalScores{}
		for _, s := range scores {
			byMode[s.Mode] = s
		}
		if h, k := byMode[corpus.Hybrid], byMode[corpus.KeywordOnly]; h.Recall5 < k.Recall5 || h.AbsentOK < k.AbsentOK {
			t.Errorf("%s: hybrid below keyword-only: recall@5 %.3f < %.3f or absent %d < %d", filepath.Base(set), h.Recall5, k.Recall5, h.AbsentOK, k.AbsentOK)
		}
		for _, s := range scores {
			t.Logf("%s %-7s recall@1 %.3f recall@5 %.3f recall@10 %.3f MRR %.3f absent %d/%d", filepath.Base(set), s.Mode, s.Recall1, s.Recall5, s.Recall10, s.MRR, s.AbsentOK, s.Absent)
			if s.Mode != corpus.Hybrid {
				continue
			}
			if showMisses {
				t.Logf("%s hybrid misses: %s", filepath.Base(set), strings.Join(s.Misses, " "))
			}
			if s.Recall5 < floor {
				t.Errorf("%s: hybrid recall@5 %.3f is below the floor %.3f", filepath.Base(set), s.Recall5, floor)
			}
		}
	}
	// The sets run side by side over the one index (opened read-only by
	// each): the race detector makes each slow, and by the time they run
	// the other packages' tests are done.
	t.Run("sets", func(t *testing.T) {
		for _, a := range []struct {
			set   string
			floor float64
			read  bool // misses may be shown: not a held-out set
		}{
			{devAnswers, devAnswerFloor, true},
			{holdoutAnswers, holdoutAnswerFloor, false},
			{freshDevAnswers, freshDevAnswerFloor, true},
			{freshHoldoutAnswers, freshHoldoutAnswerFloor, false},
			{fresh2DevAnswers, fresh2DevAnswerFloor, true},
			{fresh2HoldoutAnswers, fresh2HoldoutAnswerFloor, false},
			{fresh3DevAnswers, fresh3DevAnswerFloor, true},
			{fresh3HoldoutAnswers, fresh3HoldoutAnswerFloor, false},
		} {
			t.Run(filepath.Base(a.set), func(t *testing.T) {
				t.Parallel()
				answers(t, a.set, a.floor, a.read)
			})
		}
		for _, r := range []struct {
			set   string
			floor float64
			read  bool
		}{
			{devRetrieval, devRecall5Floor, true},
			{holdoutRetrieval, holdoutRecall5Floor, false},
		} {
			t.Run("recall "+filepath.Base(r.set), func(t *testing.T) {
				t.Parallel()
				recall(t, r.set, r.floor, r.read)
			})
		}
	})
}
