package ingest

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// Options configure one ingest.
type Options struct {
	CorpusDir      string
	IndexDir       string
	Read           corpus.ReadOptions
	FollowSymlinks bool
	Workers        int // files read in parallel; GOMAXPROCS when 0
	// Progress, when set, is called after each file with the number of
	// files done and the total.
	Progress func(done, total int, file string)
	// Embedder, when set, builds the search index after the files are read.
	Embedder retrieval.Embedder
	// Build configures the search index (encryption key, embedding progress).
	Build retrieval.BuildOptions
	// Access says which files are in access folders (config
	// access.folders); nil restricts none.
	Access *access.Policy
	// Publish, when set, is called once the search index is built (or
	// found up to date), still holding the index folder's lock: it copies
	// the index to another backend (retrieval.PublishWeaviate).
	Publish func(ctx context.Context) error
	Logger  *slog.Logger
}

// Summary tells what an ingest did.
type Summary struct {
	Files          int              `json:"files"`           // documents in the corpus folder now
	Read           int              `json:"read"`            // files read and parsed this time
	Unchanged      int              `json:"unchanged"`       // files reused from the last ingest
	Removed        int              `json:"removed"`         // files gone since the last ingest
	Reports        int              `json:"reports"`         // distinct reports
	Duplicates     int              `json:"duplicates"`      // reports collapsed into another
	DuplicateFiles int              `json:"duplicate_files"` // files identical to an earlier one
	Sections       int              `json:"sections"`
	Chunks         int              `json:"chunks"`
	Figures        int              `json:"figures"`
	MissingFigures int              `json:"missing_figures"` // figures left blank in the original
	Indexed        int              `json:"indexed_chunks"`  // chunks embedded into the search index
	Skipped        []corpus.Skipped `json:"skipped"`
	// Suspect are the files holding instructions aimed at a language
	// model (corpus.FindInjection), with the first phrase found.
	Suspect  []SuspectFile `json:"suspect"`
	Warnings []string      `json:"warnings,omitempty"`
	Elapsed  time.Duration `json:"elapsed_ns"`
}

// SuspectFile is a file holding an instruction aimed at a language model:
// its passages are fenced as data and never a figure's only support.
type SuspectFile struct {
	File   string `json:"file"`
	Phrase string `json:"phrase"`
}

// settings fingerprints the parser and its options: documents parsed by
// another healthbot or with other settings are read again.
func settings(o corpus.Options) string {
	return "chunk_runes=" + strconv.Itoa(o.ChunkRunes) + ";parser=" + parserIdentity()
}

// Run ingests the corpus folder into the index folder.
func Run(ctx context.Context, opts Options) (Summary, error) {
	start := time.Now()
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	// A missing corpus folder is reported before the index folder is touched.
	if _, err := os.Stat(opts.CorpusDir); err != nil {
		return Summary{}, fmt.Errorf("corpus folder: %w", err)
	}
	// One ingest at a time per index folder; a second is refused at once.
	// Taking the lock removes what a killed ingest left, and releasing it
	// what this one might.
	release, err := retrieval.Lock(opts.IndexDir)
	if err != nil {
		return Summary{}, err
	}
	defer release()
	prev, err := loadHead(opts.IndexDir)
	switch {
	case errors.Is(err, ErrNoIndex):
		prev = &State{}
	case err != nil:
		opts.Logger.Warn("previous index unreadable, reading every file again", "err", err)
		prev = &State{}
	}
	sum, err := run(ctx, opts, prev)
	if errors.Is(err, errStoredDocs) {
		// A stored document that cannot be decoded: the files are read
		// again as if there were no stored state.
		opts.Logger.Warn("previous index unreadable, reading every file again", "err", err)
		sum, err = run(ctx, opts, &State{})
	}
	sum.Elapsed = time.Since(start)
	return sum, err
}

// errStoredDocs marks the failure to decode the stored documents.
var errStoredDocs = errors.New("stored documents")

// run is Run under the lock, given the stored state prev (whose documents
// it decodes only when it must).
func run(ctx context.Context, opts Options, prev *State) (Summary, error) {
	log := opts.Logger
	var sum Summary
	sources, skipped, err := walk(opts.CorpusDir, opts.FollowSymlinks)
	if err != nil {
		return sum, err
	}
	set := settings(opts.Read.Options)
	old := map[string]*Entry{}
	if prev.Settings == set {
		for i := range prev.Entries {
			old[prev.Entries[i].Name] = &prev.Entries[i]
		}
	}

	entries := make([]Entry, len(sources))
	fresh := make([]bool, len(sources))
	// The dedupe signatures of the reports of the files read, computed by
	// the workers that read them (corpus.DedupeCached would compute them
	// one after another).
	newSigs := make([]map[uint64]corpus.Signature, len(sources))
	var knownSigs map[uint64]corpus.Signature
	if prev.Settings == set {
		knownSigs = prev.Signatures
	}
	skips := make([]string, len(sources))
	var todo []int
	for i, src := range sources {
		metaMod := sidecarMod(src.Path)
		if e, ok := old[src.Name]; ok && e.Size == src.Size && e.Mod == src.Mod && e.MetaMod == metaMod {
			entries[i] = *e
			sum.Unchanged++
			continue
		}
		entries[i] = Entry{Name: src.Name, Size: src.Size, Mod: src.Mod, MetaMod: metaMod}
		todo = append(todo, i)
	}
	current := map[string]bool{}
	for _, s := range sources {
		current[s.Name] = true
	}
	for name := range old {
		if !current[name] {
			sum.Removed++
		}
	}

	// Read changed files in parallel.
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := sum.Unchanged
	total := len(sources)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				src := sources[i]
				doc, err := readOne(ctx, src, opts.Read)
				if err == nil {
					newSigs[i] = signatures(&doc, knownSigs)
				}
				mu.Lock()
				if err != nil {
					skips[i] = err.Error()
				} else {
					entries[i].Document = doc
					fresh[i] = true
				}
				done++
				if opts.Progress != nil {
					opts.Progress(done, total, src.Name)
				}
				mu.Unlock()
			}
		}()
	}
	if opts.Progress != nil && sum.Unchanged > 0 {
		opts.Progress(done, total, "")
	}
feed:
	for _, i := range todo {
		select {
		case jobs <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return sum, fmt.Errorf("ingest interrupted, index left as it was: %w", err)
	}

	st := &State{Version: storeVersion, Settings: set}
	for i := range sources {
		if skips[i] != "" {
			skipped = append(skipped, corpus.Skipped{File: sources[i].Name, Reason: skips[i]})
			log.Info("file skipped", "file", sources[i].Name, "reason", skips[i])
			continue
		}
		if fresh[i] {
			sum.Read++
		}
		st.Entries = append(st.Entries, entries[i])
	}
	st.Skipped = skipped
	// Nothing changed (no file read, none removed or newly skipped, same
	// settings, and the live index built from the stored state by the
	// same embedder): nothing is decoded or rewritten, neither the search
	// index nor the parsed corpus.
	unchanged := sum.Read == 0 && sum.Removed == 0 && prev.Settings == set && prev.totals != nil &&
		len(st.Entries) == len(prev.Entries) && slices.Equal(st.Skipped, prev.Skipped)
	if unchanged {
		docs := make([]*corpus.Document, len(st.Entries))
		for i, e := range st.Entries {
			docs[i] = &corpus.Document{File: e.storedFile, Access: e.storedAccess}
		}
		rec, accessWarnings := accessRecord(opts.Access, docs)
		if opts.Embedder == nil || indexBuiltFrom(opts, prev, rec) {
			sum.setTotals(st, *prev.totals)
			sum.Warnings = append(sum.Warnings, accessWarnings...)
			if opts.Embedder != nil {
				sum.Indexed = sum.Chunks
			}
			sum.logSuspects(log)
			log.Info("no file changed: index kept as it was")
			if err := publish(ctx, opts); err != nil {
				return sum, err
			}
			return sum, nil
		}
	}
	if err := st.decodeDocs(opts.IndexDir); err != nil {
		return sum, fmt.Errorf("%w: %w", errStoredDocs, err)
	}
	sigs := map[uint64]corpus.Signature{}
	if prev.Settings == set && prev.Signatures != nil {
		sigs = prev.Signatures
	}
	for _, m := range newSigs {
		maps.Copy(sigs, m)
	}
	rec, accessWarnings := accessRecord(opts.Access, st.Documents())
	dedupeByAccess(st.Documents(), rec, sigs)
	st.Signatures = map[uint64]corpus.Signature{} // those of the reports now
	for _, d := range st.Documents() {
		for _, r := range d.Reports {
			k := corpus.SignatureKey(d.Text[r.Span.Start:r.Span.End])
			if sig, ok := sigs[k]; ok {
				st.Signatures[k] = sig
			}
		}
	}
	st.totals = new(countTotals(st))
	sum.setTotals(st, *st.totals)
	sum.Warnings = append(sum.Warnings, accessWarnings...)
	sum.logSuspects(log)
	// A new state, and the index built from it, which records its ID:
	// stored after the index is published, so that a crash in between
	// leaves a state whose ID the index does not record.
	st.ID = newStateID()
	// The parsed corpus is encoded while the search index is built (which
	// reads the documents and leaves them alone), and stored after it: if
	// the build fails the parsed corpus is not replaced either, so the
	// next ingest tries again.
	type packResult struct {
		p   packedState
		err error
	}
	packed := make(chan packResult, 1)
	go func() {
		p, err := st.pack()
		packed <- packResult{p, err}
	}()
	if opts.Embedder != nil {
		bo := opts.Build
		bo.Access = rec
		bo.Corpus = st.ID
		// The documents not read again, whose dedupe marks stayed, are as
		// the stored state had them.
		bo.Since = prev.ID
		bo.Unchanged = make([]bool, len(st.Entries))
		for i, e := range st.Entries {
			bo.Unchanged[i] = e.decoded && dedupeKey(&e.Document) == e.dedupeAt
		}
		bs, err := retrieval.Build(ctx, opts.IndexDir, st.Documents(), opts.Embedder, bo)
		if err != nil {
			<-packed
			return sum, fmt.Errorf("build search index (the previous index is still in use): %w", err)
		}
		sum.Indexed = bs.Chunks
		log.Info("search index built", "chunks", bs.Chunks, "figures", bs.Figures, "elapsed", bs.Elapsed)
		// An embedder that caches (remote models) keeps its cache under the lock.
		if c, ok := opts.Embedder.(interface{ Save() error }); ok {
			if err := c.Save(); err != nil {
				log.Warn("embedding cache not saved", "err", err)
			}
		}
	}
	pr := <-packed
	if pr.err != nil {
		return sum, pr.err
	}
	if err := savePacked(opts.IndexDir, pr.p); err != nil {
		return sum, err
	}
	if err := publish(ctx, opts); err != nil {
		return sum, err
	}
	return sum, nil
}

// indexBuiltFrom reports whether the live search index was built from the
// stored state prev, by opts.Embedder with the same encryption setting,
// and records the access record rec: then an ingest that changed no file
// need not rebuild it.
func indexBuiltFrom(opts Options, prev *State, rec retrieval.Access) bool {
	m, err := retrieval.ReadManifest(opts.IndexDir)
	return err == nil && prev.ID != "" && m.Corpus == prev.ID &&
		retrieval.UpToDate(opts.IndexDir, opts.Embedder, opts.Build.Key != "", prev.totals.Chunks) &&
		retrieval.AccessUpToDate(opts.IndexDir, rec)
}

// newStateID returns a new State.ID.
func newStateID() string {
	return rand.Text()
}

// signatures computes the dedupe signatures of doc's reports that known
// lacks.
func signatures(doc *corpus.Document, known map[uint64]corpus.Signature) map[uint64]corpus.Signature {
	out := map[uint64]corpus.Signature{}
	for _, r := range doc.Reports {
		text := doc.Text[r.Span.Start:r.Span.End]
		k := corpus.SignatureKey(text)
		if _, ok := known[k]; !ok {
			out[k] = corpus.NewSignature(text)
		}
	}
	return out
}

// publish runs opts.Publish, if any, once the index is built.
func publish(ctx context.Context, opts Options) error {
	if opts.Publish == nil || opts.Embedder == nil {
		return nil
	}
	if err := opts.Publish(ctx); err != nil {
		return fmt.Errorf("publish the search index (the index folder is up to date; searches still use the previously published one): %w", err)
	}
	return nil
}

// readOne reads one file, turning panics and failures into skip reasons so
// one bad file never stops an ingest.
func readOne(ctx context.Context, src source, opts corpus.ReadOptions) (doc corpus.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("could not be parsed (internal error: %v)", r)
		}
	}()
	doc, err = corpus.ReadFile(ctx, src.Path, src.Name, opts)
	if err != nil {
		if reason, ok := corpus.IsSkip(err); ok {
			return doc, errors.New(reason)
		}
		return doc, fmt.Errorf("cannot be read: %s", plainError(err))
	}
	return doc, nil
}

// sidecarMod is the modification time of a file's metadata sidecar, 0 if none.
func sidecarMod(path string) int64 {
	for _, p := range corpus.SidecarPaths(path) {
		if st, err := os.Stat(p); err == nil {
			return st.ModTime().UnixNano()
		}
	}
	return 0
}

// totals are the figures of a Summary that the documents give, stored
// with the state (State.totals).
type totals struct {
	Reports        int           `json:"reports"`
	Duplicates     int           `json:"duplicates"`
	DuplicateFiles int           `json:"duplicate_files"`
	Sections       int           `json:"sections"`
	Chunks         int           `json:"chunks"`
	Figures        int           `json:"figures"`
	MissingFigures int           `json:"missing_figures"`
	Warnings       []string      `json:"warnings,omitempty"` // the documents' and their reports'
	Suspect        []SuspectFile `json:"suspect,omitempty"`
}

// countTotals counts the totals of the state's documents.
func countTotals(st *State) totals {
	var t totals
	hashes := map[string]bool{}
	for _, e := range st.Entries {
		d := e.Document
		if hashes[d.Hash] {
			t.DuplicateFiles++
		}
		hashes[d.Hash] = true
		for _, w := range d.Warnings {
			t.Warnings = append(t.Warnings, d.File+": "+w)
		}
		if d.Suspect != "" {
			t.Suspect = append(t.Suspect, SuspectFile{File: d.File, Phrase: d.Suspect})
		}
		for _, r := range d.Reports {
			if r.DuplicateOf != "" {
				t.Duplicates++
				continue
			}
			t.Reports++
			for _, dis := range r.Disagreements {
				t.Warnings = append(t.Warnings, r.Ref()+": figures differ between versions: "+dis)
			}
			t.Sections += len(r.Sections)
			t.Chunks += len(r.Chunks)
			t.Figures += len(r.Figures)
			for _, f := range r.Figures {
				if f.Missing {
					t.MissingFigures++
				}
			}
		}
	}
	return t
}

// setTotals fills the corpus figures of the summary: the files of the
// state and the totals t of its documents.
func (s *Summary) setTotals(st *State, t totals) {
	s.Files = len(st.Entries) + len(st.Skipped)
	s.Skipped = st.Skipped
	s.Reports, s.Duplicates, s.DuplicateFiles = t.Reports, t.Duplicates, t.DuplicateFiles
	s.Sections, s.Chunks, s.Figures, s.MissingFigures = t.Sections, t.Chunks, t.Figures, t.MissingFigures
	s.Warnings = append(s.Warnings, t.Warnings...)
	s.Suspect = append([]SuspectFile{}, t.Suspect...)
}

// logSuspects warns of the files that hold instructions aimed at a
// language model.
func (s *Summary) logSuspects(log *slog.Logger) {
	for _, f := range s.Suspect {
		log.Warn("file holds instructions aimed at a language model: its passages are fenced as data and never a figure's only support", "file", f.File, "phrase", f.Phrase)
	}
}
