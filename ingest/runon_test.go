package ingest

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// runOnUnit is the unit of a run-on paragraph (scripts/harden15's): figures,
// years, a Traditional character and no sentence punctuation.
const runOnUnit = "2023年全县家庭医生签约率达到50.2%比2022年提高3.1个百分点新建村衛生室12个"

// runOnText is a title line and one paragraph of about n bytes of runOnUnit.
func runOnText(n int) string {
	var b strings.Builder
	b.Grow(n + len(runOnUnit) + 64)
	b.WriteString("南陵县卫生健康工作总结\n")
	for b.Len() < n {
		b.WriteString(runOnUnit)
	}
	b.WriteByte('\n')
	return b.String()
}

// A file whose parse passes the memory budget of one file is skipped with
// a reason in the summary, and nothing else is lost: the other files are
// indexed and searchable. Within the budget the same paragraph is read.
// By default the paragraph is 20 KiB under a budget of 1 MiB; with
// HEALTHBOT_LONG=1, a .docx with a paragraph of 100 MB under the default
// budget (skipped) and a .txt paragraph of 8 MB (read), minutes.
func TestRunOnParagraphBudget(t *testing.T) {
	long := os.Getenv("HEALTHBOT_LONG") != "" && !testing.Short()
	emb, err := retrieval.NewLocalEmbedder(256)
	if err != nil {
		t.Fatal(err)
	}
	ingest := func(t *testing.T, src string, read corpus.ReadOptions) (Summary, string) {
		t.Helper()
		idx := t.TempDir()
		sum, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Embedder: emb, Read: read})
		if err != nil {
			t.Fatal(err)
		}
		return sum, idx
	}

	t.Run("over", func(t *testing.T) {
		src := t.TempDir()
		writeFile(t, src, "good.txt", reportA)
		read := corpus.ReadOptions{MaxMemory: 1 << 20}
		name := "runon.txt"
		if long {
			read = corpus.ReadOptions{}
			name = "runon.docx"
			writeFile(t, src, name, string(docx(t, "南陵县卫生健康工作总结", strings.Repeat(runOnUnit, (100<<20)/len(runOnUnit)))))
		} else {
			writeFile(t, src, name, runOnText(20<<10))
		}
		sum, idx := ingest(t, src, read)
		if len(sum.Skipped) != 1 || sum.Skipped[0].File != name || !strings.Contains(sum.Skipped[0].Reason, "memory budget of one file (corpus.file_memory_mb)") {
			t.Fatalf("skipped %+v, want %s for the memory budget", sum.Skipped, name)
		}
		t.Log(sum.Skipped[0].Reason)
		if sum.Read != 1 || sum.Chunks == 0 {
			t.Errorf("the good file was not read: %+v", sum)
		}
		ix, err := retrieval.Open(idx, emb, retrieval.OpenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		res, err := ix.Search(context.Background(), corpus.Query{Text: "家庭医生签约率", K: 20})
		if err != nil {
			t.Fatal(err)
		}
		hits := res.Hits
		if len(hits) == 0 || hits[0].File != "good.txt" {
			t.Errorf("the good file is not found: %+v", hits)
		}
		for _, h := range hits {
			if h.File == name {
				t.Errorf("the skipped file was indexed: %+v", h)
			}
		}
	})

	t.Run("within", func(t *testing.T) {
		src := t.TempDir()
		n := 20 << 10
		if long {
			n = 8 << 20
		}
		writeFile(t, src, "runon.txt", runOnText(n))
		sum, _ := ingest(t, src, corpus.ReadOptions{})
		if len(sum.Skipped) != 0 || sum.Figures < n/40 {
			t.Errorf("the paragraph within the budget: skipped %+v, %d figures (want over %d)", sum.Skipped, sum.Figures, n/40)
		}
	})
}
