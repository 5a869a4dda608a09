package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkDocument asserts what must hold for any parsed document: spans inside
// the text and ordered, chunks within their size bound (unless one
// unsplittable run of text is longer), chunk text equal to its span, stable
// unique IDs, figures with a label and no value when missing.
func checkDocument(t *testing.T, doc Document, maxRunes int) {
	t.Helper()
	ids := map[string]bool{}
	for _, r := range doc.Reports {
		if r.Span.Start < 0 || r.Span.End > len(doc.Text) || r.Span.Start > r.Span.End {
			t.Fatalf("report %q span %+v outside text of %d bytes", r.Title, r.Span, len(doc.Text))
		}
		if len(r.Sections) == 0 || r.Sections[0].Level != 0 {
			t.Fatalf("report %q has no preamble section", r.Title)
		}
		for _, s := range r.Sections {
			for _, sp := range []Span{s.Span, s.Body} {
				if sp.Start < 0 || sp.End > len(doc.Text) || sp.Start > sp.End {
					t.Fatalf("section %q span %+v outside text", s.PathString(), sp)
				}
			}
			if s.Kind != KindSummary && s.Kind != KindPlan {
				t.Errorf("section %q has kind %q", s.PathString(), s.Kind)
			}
		}
		prevEnd := -1
		for i, c := range r.Chunks {
			// Next names the following chunk exactly when the two share a
			// paragraph, or the first announces the list the second holds.
			if i+1 < len(r.Chunks) {
				after := r.Chunks[i+1]
				between := doc.Text[c.Span.End:max(c.Span.End, after.Span.Start)]
				oneParagraph := after.Span.Start >= c.Span.End &&
					(after.Section == c.Section && !strings.Contains(between, "\n") ||
						strings.HasPrefix(after.Section, c.Section) && strings.TrimSpace(between) == "" && AnnouncesList(doc.Text[c.Span.Start:c.Span.End]))
				if (c.Next == after.ID) != oneParagraph || (after.Prev == c.ID) != oneParagraph {
					t.Errorf("chunk %s: next %q, following chunk %s (prev %q) in the same paragraph: %v", c.ID, c.Next, after.ID, after.Prev, oneParagraph)
				}
			} else if c.Next != "" {
				t.Errorf("last chunk %s names a next chunk %s", c.ID, c.Next)
			}
			if c.Span.Start < 0 || c.Span.End > len(doc.Text) || c.Span.Start >= c.Span.End {
				t.Fatalf("chunk %s span %+v outside text", c.ID, c.Span)
			}
			if c.Span.Start < prevEnd {
				t.Errorf("chunk %s overlaps the previous one", c.ID)
			}
			prevEnd = c.Span.End
			if !utf8.ValidString(c.Text) || strings.TrimSpace(c.Text) == "" {
				t.Errorf("chunk %s has empty or invalid text", c.ID)
			}
			if n := utf8.RuneCountInString(c.Text); n > maxRunes {
				t.Errorf("chunk %s has %d runes, over %d", c.ID, n, maxRunes)
			}
			if ids[c.ID] {
				t.Errorf("duplicate chunk ID %s", c.ID)
			}
			ids[c.ID] = true
			if c.Report != r.ID {
				t.Errorf("chunk %s names report %s, want %s", c.ID, c.Report, r.ID)
			}
		}
		for _, f := range r.Figures {
			if f.Label == "" {
				t.Errorf("figure without label in %q", f.Sentence)
			}
			if f.Missing && (f.Raw != "" || f.Value != 0) {
				t.Errorf("missing figure %q has a value %q", f.Label, f.Raw)
			}
			if !strings.Contains(doc.Text, f.Sentence) {
				t.Errorf("figure sentence %q is not in the original text", f.Sentence)
			}
		}
	}
}

func TestChunksOnSamples(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("samples/*.txt")
	for _, max := range []int{150, DefaultChunkRunes, 1200} {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := Parse(filepath.Base(f), string(data), Meta{}, Options{ChunkRunes: max})
			checkDocument(t, doc, max)
			again := Parse(filepath.Base(f), string(data), Meta{}, Options{ChunkRunes: max})
			for i := range doc.Reports {
				for j := range doc.Reports[i].Chunks {
					if doc.Reports[i].Chunks[j].ID != again.Reports[i].Chunks[j].ID {
						t.Fatalf("chunk IDs are not stable across parses")
					}
				}
			}
		}
	}
}

// A paragraph too long for one chunk is cut between sentences, and each
// piece names the one that continues it; separate paragraphs do not.
func TestChunkNamesItsParagraphsContinuation(t *testing.T) {
	long := "二、2025年工作计划\n加快建设健康城市。" + strings.Repeat("推进紧密型县域医共体建设，加强基层医疗机构运行保障。", 12) + "统筹建强12356心理援助热线体系。\n" +
		"加强全生命周期人口服务。落实育儿补贴等生育支持政策。\n"
	doc := Parse("plan.txt", "某县卫生健康局2025年工作计划\n"+long, Meta{}, Options{ChunkRunes: 150})
	checkDocument(t, doc, 150)
	var chunks []Chunk
	for _, r := range doc.Reports {
		chunks = append(chunks, r.Chunks...)
	}
	byID := map[string]Chunk{}
	for _, c := range chunks {
		byID[c.ID] = c
	}
	var cut, last Chunk
	for _, c := range chunks {
		if strings.Contains(c.Text, "加快建设健康城市") {
			cut = c
		}
		if strings.Contains(c.Text, "12356") {
			last = c
		}
	}
	if cut.ID == "" || last.ID == "" || cut.ID == last.ID {
		t.Fatalf("want the paragraph cut into several chunks, got %d chunks", len(chunks))
	}
	// Following Next from the paragraph's first chunk reaches its last.
	c, steps := cut, 0
	for c.ID != last.ID && c.Next != "" && steps < len(chunks) {
		c, steps = byID[c.Next], steps+1
	}
	if c.ID != last.ID {
		t.Errorf("the chain of Next from %q stops at %q before the paragraph's end", cut.Text, c.Text)
	}
	if last.Next != "" && strings.Contains(byID[last.Next].Text, "人口服务") && !strings.Contains(last.Text, "人口服务") {
		t.Errorf("the paragraph's last chunk names the next paragraph's chunk as its continuation")
	}
}

func TestSplitLongNeverCutsNumbers(t *testing.T) {
	// One run-on "sentence" with no punctuation and long numbers.
	text := strings.Repeat("全市共投入资金1234567.89万元用于建设", 40)
	spans := splitLong(text, Span{0, len(text)}, 50)
	for _, s := range spans {
		piece := text[s.Start:s.End]
		if n := utf8.RuneCountInString(piece); n > 50 {
			t.Errorf("piece of %d runes", n)
		}
		first, _ := utf8.DecodeRuneInString(piece)
		last, _ := utf8.DecodeLastRuneInString(piece)
		if s.Start > 0 {
			before, _ := utf8.DecodeLastRuneInString(text[:s.Start])
			if isNumberRune(before) && isNumberRune(first) {
				t.Errorf("cut inside a number before %q", piece)
			}
		}
		_ = last
	}
}

func TestSentences(t *testing.T) {
	text := "完成率100%。积极做好监测！“健康口腔”行动。\n无标点的一行\n最后一句？"
	var got []string
	for _, s := range sentences(text, Span{0, len(text)}) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"完成率100%。", "积极做好监测！", "“健康口腔”行动。", "无标点的一行", "最后一句？"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
