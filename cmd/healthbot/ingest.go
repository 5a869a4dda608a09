package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/ingest"
	"github.com/healthbot/healthbot/retrieval"
)

// ingestCmd reads the corpus folder (--corpus) into the index.
type ingestCmd struct {
	JSON bool `name:"json" help:"Print the summary as JSON."`
}

func (c *ingestCmd) run(ctx context.Context, e *env) error {
	sum, err := runIngest(ctx, e)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(e.stdout, sum)
	}
	printSummary(e.stdout, sum.Summary, e.cfg.Index.Dir)
	if p := sum.Weaviate; p != nil {
		if p.UpToDate {
			fmt.Fprintf(e.stdout, "Weaviate: collection %s already holds this index (alias %s)\n", p.Collection, e.cfg.Retrieval.WeaviateCollection)
		} else {
			fmt.Fprintf(e.stdout, "Weaviate: published %d objects to %s in %s; alias %s now names it\n", p.Objects, p.Collection, p.Elapsed.Round(time.Millisecond), e.cfg.Retrieval.WeaviateCollection)
		}
		if len(p.Dropped) > 0 {
			fmt.Fprintf(e.stdout, "Weaviate: dropped %s\n", strings.Join(p.Dropped, ", "))
		}
	}
	return nil
}

// ingestResult is what an ingest did, and what its publish to Weaviate
// did when retrieval.backend is weaviate.
type ingestResult struct {
	ingest.Summary
	Weaviate *retrieval.PublishStats `json:"weaviate,omitempty"`
}

// runIngest ingests the configured corpus, with a progress bar when stderr
// is a terminal.
func runIngest(ctx context.Context, e *env) (res ingestResult, err error) {
	corpusDir, err := e.corpusDir()
	if err != nil {
		return res, err
	}
	emb, err := e.embedder()
	if err != nil {
		return res, err
	}
	key, err := e.indexKey()
	if err != nil {
		return res, err
	}
	opts := ingest.Options{
		CorpusDir:      corpusDir,
		IndexDir:       e.cfg.Index.Dir,
		Read:           e.readOptions(),
		FollowSymlinks: e.cfg.Corpus.FollowSymlinks,
		Embedder:       emb,
		Build:          retrieval.BuildOptions{Key: key},
		Access:         e.cfg.Access.Policy(),
		Logger:         e.log,
	}
	if e.cfg.Retrieval.Backend == config.BackendWeaviate {
		w, err := e.weaviate()
		if err != nil {
			return res, err
		}
		opts.Publish = func(ctx context.Context) error {
			var po retrieval.PublishOptions
			if isTerminal(e.stderr) {
				b := newBar(e.stderr, "publishing to weaviate")
				defer b.finish()
				po.Progress = b.set
			}
			st, err := retrieval.PublishWeaviate(ctx, e.cfg.Index.Dir, emb, key, w, po)
			if err != nil {
				return err
			}
			res.Weaviate = &st
			if st.UpToDate {
				e.log.Info("weaviate collection up to date", "collection", st.Collection, "dropped", len(st.Dropped))
			} else {
				e.log.Info("published to weaviate", "collection", st.Collection, "objects", st.Objects, "dropped", len(st.Dropped), "elapsed", st.Elapsed)
			}
			return nil
		}
	}
	if isTerminal(e.stderr) {
		files := newBar(e.stderr, "reading files")
		defer files.finish()
		opts.Progress = func(done, total int, _ string) { files.set(done, total) }
		chunks := newBar(e.stderr, "embedding passages")
		defer chunks.finish()
		opts.Build.Progress = chunks.set
	}
	res.Summary, err = ingest.Run(ctx, opts)
	return res, err
}

// bar is a progress bar created on first use, when the total is known.
type bar struct {
	w    io.Writer
	desc string
	pb   *progressbar.ProgressBar
}

func newBar(w io.Writer, desc string) *bar { return &bar{w: w, desc: desc} }

func (b *bar) set(done, total int) {
	if b.pb == nil {
		b.pb = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(b.w),
			progressbar.OptionSetDescription(b.desc),
			progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionThrottle(100*time.Millisecond),
		)
	}
	b.pb.Set(done)
}

func (b *bar) finish() {
	if b.pb != nil {
		b.pb.Finish()
	}
}

func isTerminal(w io.Writer) bool {
	f, ok := underlying(w).(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// isTerminalInput reports whether r is a terminal (chat's stdin).
func isTerminalInput(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// printSummary writes what an ingest did, for the person who ran it.
func printSummary(w io.Writer, s ingest.Summary, indexDir string) {
	fmt.Fprintf(w, "Ingested %s in %s: %d read, %d unchanged, %d removed.\n",
		plural(s.Files, "file"), s.Elapsed.Round(time.Millisecond), s.Read, s.Unchanged, s.Removed)
	fmt.Fprintf(w, "Reports: %d (%s collapsed into another, %s identical to another)\n",
		s.Reports, plural(s.Duplicates, "near-duplicate"), plural(s.DuplicateFiles, "file"))
	fmt.Fprintf(w, "Sections: %d  Chunks: %d  Figures: %d (%d left blank in the original)\n",
		s.Sections, s.Chunks, s.Figures, s.MissingFigures)
	fmt.Fprintf(w, "Search index: %d passages embedded\n", s.Indexed)
	if len(s.Skipped) > 0 {
		fmt.Fprintf(w, "Skipped %s:\n", plural(len(s.Skipped), "file"))
		for _, sk := range s.Skipped {
			fmt.Fprintf(w, "  %s: %s\n", safe(sk.File), safe(sk.Reason))
		}
	}
	for _, f := range s.Suspect {
		fmt.Fprintf(w, "⚠ %s: holds instructions aimed at a language model (%q): its passages are fenced as data and never the only support of a figure\n", safe(f.File), f.Phrase)
	}
	for _, warn := range s.Warnings {
		fmt.Fprintf(w, "Warning: %s\n", safe(warn))
	}
	fmt.Fprintf(w, "Index: %s\n", safe(indexDir))
}
