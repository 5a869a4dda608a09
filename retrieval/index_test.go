package retrieval

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

var (
	samplesOnce sync.Once
	samplesDocs []*corpus.Document
)

// sampleDocs parses the bundled samples once, as ingest would.
func sampleDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	samplesOnce.Do(func() {
		files, _ := filepath.Glob("../corpus/samples/*.txt")
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				panic(err)
			}
			d := corpus.Parse(filepath.Base(f), string(data), corpus.Meta{}, corpus.Options{})
			samplesDocs = append(samplesDocs, &d)
		}
		corpus.Dedupe(samplesDocs)
	})
	if len(samplesDocs) == 0 {
		t.Fatal("no samples")
	}
	return samplesDocs
}

func localEmbedder(t testing.TB, dim int) *LocalEmbedder {
	t.Helper()
	e, err := NewLocalEmbedder(dim)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// sampleIndexes caches, per encryption key, a built index of the samples
// for the whole run (TestMain removes them): building one takes seconds
// under -race, copying it milliseconds.
var (
	sampleIndexesMu sync.Mutex
	sampleIndexes   = map[string]string{}
)

// builtSamples returns the folder of the cached index of the samples built
// with key, building it on first use.
func builtSamples(t testing.TB, emb Embedder, key string) string {
	t.Helper()
	sampleIndexesMu.Lock()
	defer sampleIndexesMu.Unlock()
	if dir, ok := sampleIndexes[key]; ok {
		return dir
	}
	dir, err := os.MkdirTemp("", "healthbot-samples-")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(context.Background(), dir, sampleDocs(t), emb, BuildOptions{Key: key}); err != nil {
		os.RemoveAll(dir)
		t.Fatal(err)
	}
	sampleIndexes[key] = dir
	return dir
}

// buildSamples gives the test a folder of its own holding an index of the
// samples, and opens it.
func buildSamples(t testing.TB, opts BuildOptions) (*Index, string) {
	t.Helper()
	dir := t.TempDir()
	emb := localEmbedder(t, DefaultLocalDim)
	if opts.Progress == nil && opts.BatchSize == 0 {
		if err := os.CopyFS(dir, os.DirFS(builtSamples(t, emb, opts.Key))); err != nil {
			t.Fatal(err)
		}
	} else if _, err := Build(context.Background(), dir, sampleDocs(t), emb, opts); err != nil {
		t.Fatal(err)
	}
	w := DefaultWeights()
	w.Vector = LocalVectorWeight
	ix, err := Open(dir, emb, OpenOptions{Key: opts.Key, Weights: w})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, dir
}

func TestSearchSamples(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	now, _ := understand.ParseDate("2024-03-01")
	tests := []struct {
		question string
		want     string // substring of a hit in the top 5
		kind     corpus.Kind
		year     int
	}{
		{"2023年家庭医生签约率是多少？", "家庭医生总签约率为50.2%", corpus.KindSummary, 2023},
		{"去年全年报告了多少传染病病例？", "全年报告传染病病例8350例", corpus.KindSummary, 2023},
		{"2024年计划怎么健全疾病预防控制体系？", "健全疾病预防控制体系", corpus.KindPlan, 2024},
		{"家庭醫生總簽約率是多少？", "家庭医生总签约率为50.2%", "", 0},  // Traditional question, Simplified text
		{"社区公共卫生补助经费按人均多少钱落实？", "按人均15元標準", "", 0}, // Simplified question, Traditional text
		{"小孩打预防针有没有跟上进度？", "常规接种均完成序时进度", "", 0},   // lay words
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			f := understand.Filters(tt.question, now)
			res, err := ix.Search(context.Background(), corpus.Query{Text: tt.question, Filters: f, K: 5})
			if err != nil {
				t.Fatal(err)
			}
			rank := answerRank(res.Hits, tt.want)
			if rank == 0 || rank > 5 {
				t.Fatalf("%q not in the top 5 (rank %d); hits: %v", tt.want, rank, hitTitles(res.Hits))
			}
			h := res.Hits[rank-1]
			if tt.kind != "" && (h.Kind != tt.kind || h.Year != tt.year) {
				t.Errorf("hit is %s %d, want %s %d", h.Kind, h.Year, tt.kind, tt.year)
			}
		})
	}
}

func hitTitles(hits []corpus.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Ref+" "+h.Section)
	}
	return out
}

func TestYearWithoutReportsSaysSo(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	q := "2019年家庭医生签约率是多少？"
	res, err := ix.Search(context.Background(), corpus.Query{Text: q, Filters: understand.Filters(q, mustDate(t, "2024-01-01"))})
	if err != nil {
		t.Fatal(err)
	}
	if !res.NoYear || !strings.Contains(res.Note, "2019年") {
		t.Errorf("a year with no reports must be said so; got NoYear %v, note %q", res.NoYear, res.Note)
	}
	if len(res.Hits) == 0 {
		t.Error("the relaxed search found nothing: the other years' passages should be offered")
	}
}

func TestKindRelaxedWithNote(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	// 2016 has a plan (下半年工作安排) but ask for a 2022 plan: 000's plan part is dated 2023.
	f := corpus.Filters{Years: []int{2022}, Kind: corpus.KindPlan}
	res, err := ix.Search(context.Background(), corpus.Query{Text: "手足口病防治", Filters: f})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || !strings.Contains(res.Note, "工作计划") {
		t.Errorf("kind should be relaxed with a note: %d hits, note %q", len(res.Hits), res.Note)
	}
	for _, h := range res.Hits {
		if h.Year != 2022 && h.Year != 0 {
			t.Errorf("relaxing the kind must keep the year: hit of %d", h.Year)
		}
	}
}

func TestDuplicatesCollapsedAndDiversified(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	q := "工会组织 职工代表大会 院务公开"
	res, err := ix.Search(context.Background(), corpus.Query{Text: q, K: 10})
	if err != nil {
		t.Fatal(err)
	}
	per := map[string]int{}
	for i, h := range res.Hits {
		if strings.HasSuffix(h.Ref, "#8") {
			t.Errorf("hit from the repost 篇8: %s", h.Ref)
		}
		if strings.HasSuffix(h.Ref, "003_452a34ef8c3d0ccb.txt#1") && (len(h.Duplicates) != 1 || !strings.HasSuffix(h.Duplicates[0], "#8")) {
			t.Errorf("hit from 篇1 does not say it stands for 篇8: %v", h.Duplicates)
		}
		per[h.Ref]++
		if i < 5 && per[h.Ref] > DefaultWeights().MaxPerReport {
			t.Errorf("report %s fills more than %d of the top hits", h.Ref, DefaultWeights().MaxPerReport)
		}
	}
}

func TestFigureSearch(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	hits, err := ix.SearchFigures(context.Background(), "家庭医生签约率", corpus.Filters{Years: []int{2023}}, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].Figure.Label != "家庭医生总签约率" || hits[0].Figure.Value != 50.2 || hits[0].Title == "" || !hits[0].YearMatch {
		t.Fatalf("figure search: %+v", hits)
	}
	// Years rank, they do not exclude: figures of other years come back,
	// marked as not of the year asked, so the caller can say so.
	none, err := ix.SearchFigures(context.Background(), "家庭医生签约率", corpus.Filters{Years: []int{2019}}, 5)
	if err != nil || len(none) == 0 {
		t.Fatalf("figures of 2019: %v %v", none, err)
	}
	for _, h := range none {
		if h.YearMatch {
			t.Errorf("a figure of %d is marked as of 2019", h.Figure.Year)
		}
	}
	// A place asked ranks its figures first and marks them.
	here, err := ix.SearchFigures(context.Background(), "签约率", corpus.Filters{Place: "南陵县"}, 5)
	if err != nil || len(here) == 0 || here[0].Place != "南陵县" || !here[0].PlaceMatch {
		t.Fatalf("figures of 南陵县: %+v %v", here, err)
	}
	for _, h := range here {
		if h.PlaceMatch != (h.Place == "南陵县") && !strings.Contains(h.Figure.Sentence, "南陵") {
			t.Errorf("place match of a figure of %q: %v", h.Place, h.PlaceMatch)
		}
	}
}

func TestOpenRefusesAnotherEmbedder(t *testing.T) {
	_, dir := buildSamples(t, BuildOptions{})
	_, err := Open(dir, localEmbedder(t, 256), OpenOptions{})
	if err == nil || !strings.Contains(err.Error(), "rebuild") || !strings.Contains(err.Error(), "256") {
		t.Errorf("opening with another dimension: %v", err)
	}
	if _, err := Open(t.TempDir(), localEmbedder(t, 256), OpenOptions{}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("empty folder: %v", err)
	}
}

// failingEmbedder fails after n texts, to interrupt a build half-way.
type failingEmbedder struct {
	*LocalEmbedder
	left int
}

func (f *failingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	f.left -= len(texts)
	if f.left < 0 {
		return nil, errors.New("embedding service went away")
	}
	return f.LocalEmbedder.Embed(ctx, texts)
}

func TestFailedOrCrashedBuildKeepsPreviousIndex(t *testing.T) {
	ix, dir := buildSamples(t, BuildOptions{})
	want := ix.Manifest()
	ix.Close()
	emb := localEmbedder(t, DefaultLocalDim)

	// A build that fails half-way leaves the old index live and no debris.
	// (Its corpus is another, so that no vector is reused.)
	bad := &failingEmbedder{LocalEmbedder: emb, left: 50}
	if _, err := Build(context.Background(), dir, syntheticDocs(t, 200), bad, BuildOptions{BatchSize: 20}); err == nil {
		t.Fatal("failing build reported success")
	}
	// A crash after writing a new generation but before publishing it:
	// simulated by a generation folder with partial files and no pointer.
	os.MkdirAll(filepath.Join(dir, "gen-99999999T999999"), 0o755)
	os.WriteFile(filepath.Join(dir, "gen-99999999T999999", vectorsFile), []byte("partial"), 0o644)

	again, err := Open(dir, emb, OpenOptions{})
	if err != nil {
		t.Fatalf("previous index unusable after a failed build: %v", err)
	}
	if got := again.Manifest(); got.BuiltAt != want.BuiltAt || got.Chunks != want.Chunks {
		t.Errorf("live index changed: %+v, want %+v", got, want)
	}
	again.Close()

	// The next successful build cleans the debris away.
	if _, err := Build(context.Background(), dir, sampleDocs(t), emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	gens, _ := filepath.Glob(filepath.Join(dir, genPrefix+"*"))
	if len(gens) != 1 {
		t.Errorf("generations left: %v", gens)
	}
}

func TestDamagedIndexIsAClearError(t *testing.T) {
	_, dir := buildSamples(t, BuildOptions{})
	emb := localEmbedder(t, DefaultLocalDim)
	gen, err := currentGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{vectorsFile, chunksFile} {
		old, _ := os.ReadFile(filepath.Join(gen, name))
		os.WriteFile(filepath.Join(gen, name), []byte("not a gob"), 0o644)
		if _, err := Open(dir, emb, OpenOptions{}); err == nil || !strings.Contains(err.Error(), "healthbot ingest") {
			t.Errorf("damaged %s: %v", name, err)
		}
		os.WriteFile(filepath.Join(gen, name), old, 0o644)
	}
	os.WriteFile(filepath.Join(dir, CurrentFile), []byte("../../etc"), 0o644)
	if _, err := Open(dir, emb, OpenOptions{}); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("damaged pointer: %v", err)
	}
}

func TestEncryptedIndex(t *testing.T) {
	ix, dir := buildSamples(t, BuildOptions{Key: "correct horse battery staple"})
	if !ix.Manifest().Encrypted {
		t.Fatal("manifest does not say encrypted")
	}
	gen, _ := currentGeneration(dir)
	exports, _ := filepath.Glob(filepath.Join(gen, documentsDir, "*.gob"))
	if len(exports) == 0 {
		t.Fatal("no chromem-go export")
	}
	for _, name := range append([]string{filepath.Join(gen, vectorsFile), filepath.Join(gen, chunksFile)}, exports...) {
		raw, _ := os.ReadFile(name)
		if strings.Contains(string(raw), "家庭医生") || strings.Contains(string(raw), "HBVECS") || strings.Contains(string(raw), "HBCHNK") {
			t.Errorf("encrypted %s holds plain text", name)
		}
	}
	emb := localEmbedder(t, DefaultLocalDim)
	if _, err := Open(dir, emb, OpenOptions{}); err == nil || !strings.Contains(err.Error(), "encrypted") {
		t.Errorf("open without key: %v", err)
	}
	if _, err := Open(dir, emb, OpenOptions{Key: "wrong"}); err == nil || !strings.Contains(err.Error(), "key") {
		t.Errorf("open with a wrong key: %v", err)
	}
}

func TestEmptyQuestion(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	if _, err := ix.Search(context.Background(), corpus.Query{Text: "  ？ "}); err == nil {
		t.Error("empty question accepted")
	}
}

// TestEvalSet guards retrieval quality: the golden set over the samples
// must keep hybrid recall@5 at or above 0.95 with the local embedder.
func TestEvalSet(t *testing.T) {
	t.Parallel()
	ix, _ := buildSamples(t, BuildOptions{})
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 80 {
		t.Fatalf("golden set has %d cases, want at least 80", len(cases))
	}
	scores, err := ix.Evaluate(context.Background(), cases, []corpus.Mode{corpus.Hybrid, corpus.KeywordOnly, corpus.VectorOnly}, mustDate(t, "2024-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	// Each retriever must work on its own too, or the fusion hides a broken one.
	floor := map[corpus.Mode]float64{corpus.Hybrid: 0.95, corpus.KeywordOnly: 0.9, corpus.VectorOnly: 0.85}
	for _, s := range scores {
		t.Logf("%s recall@1 %.3f recall@5 %.3f recall@10 %.3f MRR %.3f absent %d/%d", s.Mode, s.Recall1, s.Recall5, s.Recall10, s.MRR, s.AbsentOK, s.Absent)
		if s.Recall5 < floor[s.Mode] {
			t.Errorf("%s recall@5 %.3f < %.2f; misses %v", s.Mode, s.Recall5, floor[s.Mode], s.Misses)
		}
		if s.AbsentOK != s.Absent {
			t.Errorf("%s: absent questions answered: %d of %d correct", s.Mode, s.AbsentOK, s.Absent)
		}
	}
	hybridNotBelowKeyword(t, scores[0], scores[1])
}

// hybridNotBelowKeyword fails when fusing in the vector ranking loses a
// passage the keyword ranking alone puts in the top 5.
func hybridNotBelowKeyword(t *testing.T, hybrid, keyword EvalScores) {
	t.Helper()
	if hybrid.Mode != corpus.Hybrid || keyword.Mode != corpus.KeywordOnly {
		t.Fatalf("scores in the wrong order: %s, %s", hybrid.Mode, keyword.Mode)
	}
	if hybrid.Recall5 < keyword.Recall5 || hybrid.AbsentOK < keyword.AbsentOK {
		t.Errorf("hybrid below keyword-only: recall@5 %.3f < %.3f or absent %d < %d",
			hybrid.Recall5, keyword.Recall5, hybrid.AbsentOK, keyword.AbsentOK)
	}
}

func mustDate(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := understand.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// hybridAndKeyword measures hybrid and keyword-only search on a question
// set over the samples, logs the scores and fails when hybrid is below
// keyword-only.
func hybridAndKeyword(t *testing.T, set string) EvalScores {
	t.Helper()
	ix, _ := buildSamples(t, BuildOptions{})
	cases, err := LoadEvalSet(set)
	if err != nil {
		t.Fatal(err)
	}
	scores, err := ix.Evaluate(context.Background(), cases, []corpus.Mode{corpus.Hybrid, corpus.KeywordOnly}, mustDate(t, "2024-06-01"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range scores {
		t.Logf("%s: recall@1 %.3f recall@5 %.3f recall@10 %.3f MRR %.3f", s.Mode, s.Recall1, s.Recall5, s.Recall10, s.MRR)
	}
	hybridNotBelowKeyword(t, scores[0], scores[1])
	return scores[0]
}

// TestDevSet2 guards the second development set, colloquial questions
// worded unlike the text, written blind by another hand (0.778 recall@5
// when first run; 1.000 with the thesaurus entries and focus it led to).
// Its absent questions name topics the samples lack but share words with,
// so the search finds passages; the assistant's answer, not the search,
// says "not found" for those.
func TestDevSet2(t *testing.T) {
	if h := hybridAndKeyword(t, "testdata/eval_dev2.yaml"); h.Recall5 < 0.95 {
		t.Errorf("hybrid recall@5 %.3f < 0.95; misses %v", h.Recall5, h.Misses)
	}
}

// TestHoldoutSet reports recall on questions written without sight of the
// thesaurus or the tuning; it guards against regressions only loosely.
func TestHoldoutSet(t *testing.T) {
	if h := hybridAndKeyword(t, "testdata/eval_holdout.yaml"); h.Recall5 < 0.85 {
		t.Errorf("held-out hybrid recall@5 %.3f fell below 0.85", h.Recall5)
	}
}

func TestParseQuestion(t *testing.T) {
	now := mustDate(t, "2024-03-01")
	tests := []struct {
		q      string
		years  []int
		kind   corpus.Kind
		period string
	}{
		{"2023年家庭医生签约率是多少？", []int{2023}, "", ""},
		{"去年全年报告了多少传染病病例？", []int{2023}, corpus.KindSummary, ""}, // 了多少: a result
		{"前年做了哪些工作", []int{2022}, corpus.KindSummary, ""},
		{"今年上半年的工作安排", []int{2024}, corpus.KindPlan, corpus.PeriodFirstHalf},
		{"明年计划做什么", []int{2025}, corpus.KindPlan, ""},
		{"二〇二三年工作总结", []int{2023}, corpus.KindSummary, ""},
		{"2022年和2023年的签约率", []int{2022, 2023}, "", ""},
		{"這幾年家庭醫生簽約率怎麼變化的？", nil, "", ""},
		{"计划免疫接种率", nil, "", ""},
		{"去年計劃", []int{2023}, corpus.KindPlan, ""},
	}
	for _, tt := range tests {
		f := understand.Filters(tt.q, now)
		if fmt.Sprint(f.Years) != fmt.Sprint(tt.years) || f.Kind != tt.kind || f.Period != tt.period {
			t.Errorf("understand.Filters(%q) = %+v, want years %v kind %q period %q", tt.q, f, tt.years, tt.kind, tt.period)
		}
	}
}

// evalQuestions returns the questions of a golden set in testdata.
func evalQuestions(tb testing.TB, file string) []string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, m := range regexp.MustCompile(`(?m)^\s*question:\s*"(.*)"\s*$`).FindAllStringSubmatch(string(data), -1) {
		out = append(out, m[1])
	}
	return out
}

func FuzzParseQuestion(f *testing.F) {
	for _, s := range []string{"2023年家庭医生签约率是多少？", "去年计划", "二〇二三年", "", "\xff", "这几年怎么变化", "19999年"} {
		f.Add(s)
	}
	for _, s := range append(evalQuestions(f, "eval.yaml"), evalQuestions(f, "eval_holdout.yaml")...) {
		f.Add(s)
	}
	now := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, q string) {
		flt := understand.Filters(q, now)
		for _, y := range flt.Years {
			if y < 1949 || y > 2100 {
				t.Fatalf("year %d read from %q", y, q)
			}
		}
		if flt.Kind != "" && flt.Kind != corpus.KindPlan && flt.Kind != corpus.KindSummary {
			t.Fatalf("kind %q", flt.Kind)
		}
		_ = SearchText(q)
	})
}

// TestOpenTwice keeps an index usable by several processes at once (serve
// and ask on the same folder): opening it again while the first is open
// must not wait for it to close (if it did, the test would hang until go
// test's timeout).
func TestOpenTwice(t *testing.T) {
	first, dir := buildSamples(t, BuildOptions{})
	second, err := Open(dir, localEmbedder(t, DefaultLocalDim), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	for _, ix := range []*Index{first, second} {
		if _, err := ix.Search(context.Background(), corpus.Query{Text: "家庭医生签约率"}); err != nil {
			t.Fatal(err)
		}
	}
}
