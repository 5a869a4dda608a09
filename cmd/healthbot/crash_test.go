package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/ingest"
	"github.com/healthbot/healthbot/retrieval"
)

// Where a kill -9 landed, judged from what the index folder holds after it.
const (
	phaseReading   = "before anything was written (walking, reading, parsing, embedding)"
	phaseWriting   = "writing the new index generation (not yet published)"
	phasePublished = "after publishing the index, before saving the parsed corpus"
	phaseSaved     = "after saving the parsed corpus, before exit"
	phaseFinished  = "finished before the kill"
	crashEdits     = 4 // files changed before each round, so each ingest has work
	// By default (CI) crashKills ingests of crashCopies copies of each
	// small sample (12 files) are killed; the long run (HEALTHBOT_LONG=1)
	// kills crashLongKills ingests of crashLongCopies copies (40 files).
	crashKills      = 3
	crashCopies     = 3
	crashLongKills  = 20
	crashLongCopies = 10
	// crashSeed makes the default run the same every time.
	crashSeed = 20240601
)

// crashSettings reads how many kills to make and the seed of their timing:
// by default a few kills with a fixed seed; HEALTHBOT_LONG=1 or
// HEALTHBOT_CRASH_KILLS=N for more, HEALTHBOT_CRASH_SEED=N to repeat a run
// or =random for a new one.
func crashSettings(t *testing.T) (kills, copies int, seed uint64) {
	kills, copies, seed = crashKills, crashCopies, crashSeed
	if os.Getenv("HEALTHBOT_LONG") != "" {
		kills, copies = crashLongKills, crashLongCopies
	}
	if s := os.Getenv("HEALTHBOT_CRASH_KILLS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("HEALTHBOT_CRASH_KILLS=%q: want a number of kills", s)
		}
		kills = n
	}
	switch s := os.Getenv("HEALTHBOT_CRASH_SEED"); s {
	case "":
	case "random":
		seed = rand.Uint64()
	default:
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("HEALTHBOT_CRASH_SEED=%q: want a number or random", s)
		}
		seed = n
	}
	return kills, copies, seed
}

// TestKillDuringIngest kills the real binary with SIGKILL at random points
// of ingests into the same index folder and checks after each kill that the
// index last published still opens and answers, that the parsed corpus
// loads or is absent, that no lock is left behind, and that the next ingest
// completes, reads again exactly the files changed since the corpus was
// last saved, and leaves nothing of the killed one behind; and at the end
// that an ingest with nothing to do also removes what killed ones left.
// See crashSettings for the long and random runs; -short skips it.
//
// Where a kill lands depends on the machine's speed, but every check holds
// wherever it lands.
//
// ingest.Load is slow under -race, so the test loads the parsed corpus
// itself only when a kill changed it, and at the end; otherwise the bytes
// are those of the last whole ingest, and the next ingest proves they load
// (it runs the same ingest.Load, and reads again only the changed files).
func TestKillDuringIngest(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the binary and kills ingests")
	}
	kills, copies, seed := crashSettings(t)
	t.Logf("%d kills, seed %d (HEALTHBOT_CRASH_SEED=%d repeats the kill times)", kills, seed, seed)
	rng := rand.New(rand.NewPCG(seed, seed))

	c := newCrashRig(t, copies)
	// A full ingest into a scratch folder tells how long one takes: kills
	// land between 0 and that.
	full, _ := c.ingest(t, t.TempDir())

	phases := map[string]int{}
	marks := map[string][]string{} // file: the edits it must hold
	for round := 1; round <= kills; round++ {
		edited := c.edit(t, rng, round)
		for _, name := range edited {
			marks[name] = append(marks[name], editMark(round))
		}
		before := c.snapshot(t)
		delay := time.Duration(rng.Int64N(int64(full) + 1))
		phase := c.killAfter(t, delay, before)
		phases[phase]++
		t.Logf("kill %d: after %v of ~%v: %s", round, delay.Round(time.Millisecond), full.Round(time.Millisecond), phase)
		after := c.checkAfterKill(t, before)
		if round == 1 {
			// What kills in the short windows of replacing the pointer
			// or the parsed corpus leave; the next ingest removes them.
			c.writeDebris(t)
		}

		// The next ingest reads again what the corpus saved last lacks:
		// nothing if the killed ingest saved it, the edited files if an
		// earlier ingest did, every file if none did.
		var wantRead int
		switch {
		case after.saved && after.corpus != before.corpus:
		case before.saved:
			wantRead = len(edited)
		default:
			wantRead = len(c.files)
		}
		took, sum := c.ingest(t, c.idx)
		if sum.Read > 0 {
			full = took // an ingest with nothing to read is no measure
		}
		if sum.Files != len(c.files) || sum.Read != wantRead {
			t.Errorf("ingest after kill %d: %d files, %d read again, want %d and %d (a parsed corpus that did not load makes it read all)",
				round, sum.Files, sum.Read, len(c.files), wantRead)
		}
		c.checkComplete(t)
	}
	// Debris again, and an ingest that has nothing to read and so
	// publishes nothing: it still leaves the folder clean.
	c.writeDebris(t)
	if _, sum := c.ingest(t, c.idx); sum.Read != 0 {
		t.Errorf("ingest with nothing changed read %d files", sum.Read)
	}
	c.checkComplete(t)
	c.checkMarks(t, marks)
	var names []string
	for p := range phases {
		names = append(names, p)
	}
	sort.Strings(names)
	var summary strings.Builder
	for _, p := range names {
		fmt.Fprintf(&summary, "\n  %2d  %s", phases[p], p)
	}
	outcome := "all recovered"
	if t.Failed() {
		outcome = "NOT all recovered"
	}
	t.Logf("%d kills, %s:%s", kills, outcome, summary.String())
}

// writeDebris leaves in the index folder what kills in the short windows of
// replacing the pointer, the parsed corpus or the embedding cache leave,
// and a generation whose build was killed.
func (c *crashRig) writeDebris(t *testing.T) {
	t.Helper()
	writeText(t, filepath.Join(c.idx, "."+retrieval.CurrentFile+".tmp-1"), "gen-")
	writeText(t, filepath.Join(c.idx, "."+retrieval.CorpusFile+".tmp-2"), "\x1f\x8b")
	writeText(t, filepath.Join(c.idx, retrieval.EmbedCacheFile+".tmp-3"), "HBEC")
	gen := filepath.Join(c.idx, "gen-20990101T000000.000000000")
	if err := os.MkdirAll(gen, 0o755); err != nil {
		t.Fatal(err)
	}
	writeText(t, filepath.Join(gen, "vectors.gob"), "partial")
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// crashRig is the binary, a corpus folder and the index folder under test.
type crashRig struct {
	bin, work, src, idx string
	emb                 retrieval.Embedder
	files               []string
}

func newCrashRig(t *testing.T, copies int) *crashRig {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the binary with")
	}
	c := &crashRig{work: t.TempDir(), src: t.TempDir(), idx: filepath.Join(t.TempDir(), "index")}
	c.bin = filepath.Join(t.TempDir(), "healthbot")
	build := exec.Command(gobin, "build", "-o", c.bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	entries, err := os.ReadDir(samples)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < copies; i++ {
		for _, e := range entries {
			data, err := os.ReadFile(filepath.Join(samples, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if len(data) > 32<<10 {
				continue // the stored corpus, loaded after kills, stays small
			}
			name := fmt.Sprintf("%s-%d.txt", strings.TrimSuffix(e.Name(), ".txt"), i)
			data = fmt.Appendf(data, "\n本件为第%d份存档副本。\n", i)
			writeText(t, filepath.Join(c.src, name), string(data))
			c.files = append(c.files, name)
		}
	}
	// Defaults of config.yaml, which the subprocess does not see.
	c.emb, err = retrieval.NewLocalEmbedder(1024)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// command is the ingest as a user runs it, in a folder without config.yaml
// and with an environment without HEALTHBOT_* variables.
func (c *crashRig) command(idx string) *exec.Cmd {
	cmd := exec.Command(c.bin, "ingest", "--corpus", c.src, "--index", idx)
	cmd.Dir = c.work
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + c.work}
	return cmd
}

// ingest runs a whole ingest and returns how long it took and its summary.
func (c *crashRig) ingest(t *testing.T, idx string) (time.Duration, ingest.Summary) {
	t.Helper()
	cmd := c.command(idx)
	cmd.Args = append(cmd.Args, "--json")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("ingest: %v\n%s", err, stderr.String())
	}
	elapsed := time.Since(start)
	var sum ingest.Summary
	if err := json.Unmarshal(stdout.Bytes(), &sum); err != nil {
		t.Fatalf("ingest --json: %v\n%s", err, stdout.String())
	}
	if strings.Contains(stderr.String(), "unreadable") {
		t.Errorf("ingest found the stored corpus unreadable:\n%s", stderr.String())
	}
	return elapsed, sum
}

func editMark(round int) string { return fmt.Sprintf("第%d轮修订", round) }

// edit appends a line naming the round to a few files.
func (c *crashRig) edit(t *testing.T, rng *rand.Rand, round int) []string {
	t.Helper()
	var edited []string
	for _, i := range rng.Perm(len(c.files))[:crashEdits] {
		name := c.files[i]
		f, err := os.OpenFile(filepath.Join(c.src, name), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(f, "%s：补充说明。\n", editMark(round))
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		edited = append(edited, name)
	}
	return edited
}

// indexState is what the index folder held before an ingest.
type indexState struct {
	gen    string // live generation, "" if none
	corpus [32]byte
	saved  bool // a parsed corpus was stored
}

func (c *crashRig) snapshot(t *testing.T) indexState {
	t.Helper()
	var s indexState
	s.gen, _ = retrieval.LiveGeneration(c.idx)
	if data, err := os.ReadFile(filepath.Join(c.idx, retrieval.CorpusFile)); err == nil {
		s.corpus, s.saved = sha256.Sum256(data), true
	}
	return s
}

// killAfter starts an ingest, kills it with SIGKILL after delay unless it
// ended first, and tells where it was.
func (c *crashRig) killAfter(t *testing.T, delay time.Duration, before indexState) string {
	t.Helper()
	cmd := c.command(c.idx)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		if err != nil {
			t.Fatalf("ingest failed before the kill: %v\n%s", err, stderr.String())
		}
		return phaseFinished
	case <-time.After(delay):
	}
	if err := cmd.Process.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Fatal(err)
	}
	if err := <-exited; err == nil {
		return phaseFinished // it ended as the kill was sent
	}
	after := c.snapshot(t)
	switch {
	case after.saved && after.corpus != before.corpus:
		return phaseSaved
	case after.gen != before.gen:
		return phasePublished
	case len(c.generations(t)) > boolInt(before.gen != ""):
		return phaseWriting
	}
	return phaseReading
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// generations lists the generation folders in the index folder.
func (c *crashRig) generations(t *testing.T) []string {
	t.Helper()
	entries, err := os.ReadDir(c.idx)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var gens []string
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), "gen-") {
			gens = append(gens, e.Name())
		}
	}
	return gens
}

// checkAfterKill: the last published index opens and answers, the parsed
// corpus is the last one saved and loads (or is absent if none was), and
// the lock is free. It returns what the folder holds.
func (c *crashRig) checkAfterKill(t *testing.T, before indexState) indexState {
	t.Helper()
	after := c.snapshot(t)
	switch {
	case after.gen == "" && before.gen != "":
		t.Fatalf("the index published before the kill (%s) is gone", before.gen)
	case after.gen != "":
		c.search(t)
	}
	switch {
	case !after.saved && before.saved:
		t.Fatal("the parsed corpus saved before the kill is gone")
	case after.saved && after.corpus != before.corpus:
		// Saved by the killed ingest: it must load.
		if _, err := ingest.Load(c.idx); err != nil {
			t.Fatalf("parsed corpus after the kill: %v", err)
		}
	}
	release, err := retrieval.Lock(c.idx)
	if err != nil {
		t.Fatalf("lock after the kill: %v", err)
	}
	release()
	return after
}

// checkComplete: after a whole ingest the index answers and nothing a
// killed ingest left remains in the folder.
func (c *crashRig) checkComplete(t *testing.T) {
	t.Helper()
	c.search(t)
	gen, _ := retrieval.LiveGeneration(c.idx)
	entries, err := os.ReadDir(c.idx)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		switch e.Name() {
		case gen, retrieval.CurrentFile, retrieval.CorpusFile, retrieval.LockFile:
		default:
			t.Errorf("left in the index folder after a whole ingest: %s", e.Name())
		}
	}
}

// checkMarks loads the final parsed corpus: every file, with every edit.
func (c *crashRig) checkMarks(t *testing.T, marks map[string][]string) {
	t.Helper()
	st, err := ingest.Load(c.idx)
	if err != nil {
		t.Fatalf("parsed corpus at the end: %v", err)
	}
	if len(st.Entries) != len(c.files) {
		t.Errorf("parsed corpus holds %d files, want %d", len(st.Entries), len(c.files))
	}
	for _, e := range st.Entries {
		for _, m := range marks[e.Name] {
			if !strings.Contains(e.Document.Text, m) {
				t.Errorf("%s: edit %q not in the parsed corpus", e.Name, m)
			}
		}
	}
}

// search opens the live index and asks it something every copy answers.
func (c *crashRig) search(t *testing.T) {
	t.Helper()
	ix, err := retrieval.Open(c.idx, c.emb, retrieval.OpenOptions{})
	if err != nil {
		t.Fatalf("open the index: %v", err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), corpus.Query{Text: "家庭医生签约率"})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("search the index: %d hits, %v", len(res.Hits), err)
	}
}
