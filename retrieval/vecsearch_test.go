package retrieval

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"

	"github.com/philippgille/chromem-go"

	"github.com/healthbot/healthbot/corpus"
)

// exhaustive is the reference the vector table must agree with: the
// rows in chromem-go collections, one per year, searched with its
// exhaustive scan, and the same rows scanned one by one in this test,
// which orders equal scores by id as the table does.
type exhaustive struct {
	rows  []vecRow
	years map[int]*chromem.Collection
}

func newExhaustive(t testing.TB, rows []vecRow) *exhaustive {
	t.Helper()
	db := chromem.NewDB()
	byYear := map[int][]chromem.Document{}
	for _, r := range rows {
		md := map[string]string{fieldKind: r.kind, fieldOrg: r.org, fieldFile: r.file}
		byYear[r.year] = append(byYear[r.year], chromem.Document{ID: r.id, Metadata: md, Embedding: slices.Clone(r.vec), Content: "x"})
	}
	e := &exhaustive{rows: rows, years: map[int]*chromem.Collection{}}
	for y, docs := range byYear {
		c, err := db.CreateCollection(strconv.Itoa(y), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddDocuments(context.Background(), docs, 2); err != nil {
			t.Fatal(err)
		}
		e.years[y] = c
	}
	return e
}

// scan scores every row matching f, as chromem-go does, and returns the n
// best, equal scores by id.
func (e *exhaustive) scan(q []float32, f vecFilter, n int) []foundVector {
	q = storedVector(q)
	var all []foundVector
	for _, r := range e.rows {
		if len(f.years) > 0 && !slices.Contains(f.years, r.year) ||
			f.kind != "" && r.kind != f.kind || f.org != "" && r.org != f.org || f.file != "" && r.file != f.file {
			continue
		}
		v := storedVector(r.vec)
		var s float32
		for d := range q {
			s += q[d] * v[d]
		}
		all = append(all, foundVector{id: r.id, year: r.year, score: s})
	}
	slices.SortFunc(all, func(a, b foundVector) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	return all[:min(n, len(all))]
}

// chromemSearch is the search the index made before the vector table:
// chromem-go's exhaustive scan of each year's collection for its n best,
// merged by similarity, equal similarities by id, cut at n.
func (e *exhaustive) chromemSearch(t testing.TB, q []float32, f vecFilter, n int) []foundVector {
	t.Helper()
	where := map[string]string{}
	for k, v := range map[string]string{fieldKind: f.kind, fieldOrg: f.org, fieldFile: f.file} {
		if v != "" {
			where[k] = v
		}
	}
	var out []foundVector
	for y, c := range e.years {
		if len(f.years) > 0 && !slices.Contains(f.years, y) {
			continue
		}
		rs, err := c.QueryEmbedding(context.Background(), q, min(n, c.Count()), where, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rs {
			out = append(out, foundVector{id: r.ID, year: y, score: r.Similarity})
		}
	}
	slices.SortFunc(out, func(a, b foundVector) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
	return out[:min(n, len(out))]
}

// check compares the table's search with the references for one query.
func (e *exhaustive) check(t *testing.T, search func([]float32, vecFilter, int) []foundVector, q []float32, f vecFilter, n int) {
	t.Helper()
	got := search(q, f, n)
	want := e.scan(q, f, n)
	if len(got) != len(want) {
		t.Fatalf("filter %+v n %d: %d hits, want %d", f, n, len(got), len(want))
	}
	for i := range want {
		if got[i].id != want[i].id || got[i].year != want[i].year || math.Float32bits(got[i].score) != math.Float32bits(want[i].score) {
			t.Fatalf("filter %+v n %d: hit %d is %+v, want %+v", f, n, i+1, got[i], want[i])
		}
	}
	// chromem-go's scan gives the same scores, and the same rows but
	// for rows tied with the last one (which of them it keeps is chance).
	old := e.chromemSearch(t, q, f, n)
	if len(old) != len(want) {
		t.Fatalf("filter %+v n %d: chromem-go finds %d, the table %d", f, n, len(old), len(want))
	}
	for i := range old {
		if math.Float32bits(old[i].score) != math.Float32bits(want[i].score) ||
			old[i].id != want[i].id && old[i].score != want[len(want)-1].score {
			t.Fatalf("filter %+v n %d: hit %d is %+v in chromem-go, %+v in the table", f, n, i+1, old[i], want[i])
		}
	}
}

// TestVectorSearchSamples checks, on the samples' vectors, that the table
// returns what an exhaustive scan returns for the golden questions under
// several filters, and that the index's vector file holds those rows.
// (The local embedder may differ in the last bit between two embeddings
// of a text, as it adds colliding n-grams in map order, so the search is
// compared on one set of vectors and the file to them within a tolerance.)
func TestVectorSearchSamples(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	var rows []vecRow
	var texts []string
	for _, d := range sampleDocs(t) {
		for _, r := range d.Reports {
			if r.DuplicateOf != "" {
				continue
			}
			for _, c := range r.Chunks {
				rows = append(rows, vecRow{id: c.ID, year: c.Year, kind: string(c.Kind), org: r.Org, file: r.File})
				texts = append(texts, embedText(c, normCache{}))
			}
		}
	}
	// The vectors Build stored: embedded with the statistics of these texts.
	vecs, err := localEmbedder(t, DefaultLocalDim).WithIDF(NewIDF(texts)).Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i := range rows {
		rows[i].vec = vecs[i]
	}
	checkStoredRows(t, ix.vectors.t, rows)
	table, err := newVecTable(DefaultLocalDim, rows)
	if err != nil {
		t.Fatal(err)
	}
	search := (&openVectors{t: table, release: func() error { return nil }}).search
	ref := newExhaustive(t, rows)
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		t.Fatal(err)
	}
	some := rows[len(rows)/2]
	filters := []vecFilter{{}, {years: []int{some.year}}, {kind: some.kind}, {org: some.org}, {file: some.file},
		{years: []int{some.year, some.year + 1}, kind: string(corpus.KindPlan)}, {org: "没有这个单位"}}
	sparse := 0
	for i, c := range cases {
		if i%12 != 0 {
			continue // a few questions are enough (and keep -race fast)
		}
		q, err := ix.embedQuery(context.Background(), SearchText(c.Question))
		if err != nil {
			t.Fatal(err)
		}
		if slices.ContainsFunc(q, func(x float32) bool { return x == 0 }) {
			sparse++
		}
		for _, f := range filters {
			for _, n := range []int{1, 50, len(rows)} {
				ref.check(t, search, q, f, n)
			}
		}
	}
	if sparse == 0 {
		t.Error("no question vector has a zero dimension: the sparse path was not exercised")
	}
}

// checkStoredRows checks that table holds rows, sorted by year and id,
// with their vectors normalised, within a tolerance.
func checkStoredRows(t *testing.T, table *vecTable, rows []vecRow) {
	t.Helper()
	sorted := slices.Clone(rows)
	sortRows(sorted)
	if table.rows != len(sorted) {
		t.Fatalf("table holds %d rows, want %d", table.rows, len(sorted))
	}
	for i, r := range sorted {
		if table.id(i) != r.id || int(table.years[i]) != r.year || table.strs[table.kinds[i]] != r.kind ||
			table.strs[table.orgs[i]] != r.org || table.strs[table.files[i]] != r.file {
			t.Fatalf("row %d is %s %d, want %+v", i, table.id(i), table.years[i], r)
		}
		for d, x := range storedVector(r.vec) {
			if y := table.cols[d*table.rows+i]; math.Abs(float64(x-y)) > 1e-6 {
				t.Fatalf("row %s dimension %d is %v, want %v", r.id, d, y, x)
			}
		}
	}
}

// TestVectorSearchRandom checks the table against the exhaustive scan on
// random rows: sparse and dense questions, unnormalised vectors, repeated
// vectors (equal scores), every kind of filter, and table sizes that are
// not multiples of the scoring block.
func TestVectorSearchRandom(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	const dim = 96
	vector := func(nonzero int, unit bool) []float32 {
		v := make([]float32, dim)
		for range nonzero {
			v[rnd.IntN(dim)] = float32(rnd.NormFloat64())
		}
		if unit {
			normalize(v)
		}
		return v
	}
	for _, size := range []int{1, 7, blockRows + 13} {
		t.Run(strconv.Itoa(size), func(t *testing.T) {
			rows := make([]vecRow, size)
			for i := range rows {
				rows[i] = vecRow{
					id: fmt.Sprintf("c%06d-%d", rnd.IntN(1_000_000), i), year: 2020 + rnd.IntN(4),
					kind: []string{"summary", "plan"}[rnd.IntN(2)], org: fmt.Sprintf("org%d", rnd.IntN(3)), file: fmt.Sprintf("f%d.txt", rnd.IntN(5)),
					vec: vector(rnd.IntN(dim)+1, rnd.IntN(4) > 0),
				}
				if i > 0 && rnd.IntN(5) == 0 {
					rows[i].vec = slices.Clone(rows[rnd.IntN(i)].vec) // a tie
				}
			}
			table, err := newVecTable(dim, rows)
			if err != nil {
				t.Fatal(err)
			}
			ov := &openVectors{t: table, release: func() error { return nil }}
			ref := newExhaustive(t, rows)
			filters := []vecFilter{{}, {years: []int{2021}}, {years: []int{2023, 2020, 2023}}, {years: []int{1999}},
				{kind: "plan"}, {org: "org1", kind: "summary"}, {file: "f3.txt"}, {file: "none.txt"}}
			for range max(2, 200/size) {
				q := vector([]int{1, 5, 30, dim}[rnd.IntN(4)], rnd.IntN(3) > 0)
				for _, f := range filters {
					for _, n := range []int{1, 10, size + 5} {
						ref.check(t, ov.search, q, f, n)
					}
				}
			}
		})
	}
}

// TestVectorFileDamage checks that a damaged vector file is refused.
func TestVectorFileDamage(t *testing.T) {
	rows := []vecRow{{id: "a", year: 2023, vec: []float32{1, 0, 0, 0}}, {id: "b", year: 2022, vec: []float32{0, 1, 0, 0}}}
	var buf []byte
	{
		var w sliceWriter
		if err := encodeVecTable(&w, 4, slices.Clone(rows)); err != nil {
			t.Fatal(err)
		}
		buf = w
	}
	if _, err := decodeVecTable(slices.Clone(buf), 4); err != nil {
		t.Fatalf("intact file refused: %v", err)
	}
	if _, err := decodeVecTable(slices.Clone(buf), 8); err == nil {
		t.Error("file of another dimension accepted")
	}
	for _, at := range []int{0, 9, vecHeaderSize + 2, len(buf) - 1} {
		b := slices.Clone(buf)
		b[at] ^= 0x40
		if _, err := decodeVecTable(b, 4); err == nil {
			t.Errorf("file with byte %d changed accepted", at)
		}
	}
	if _, err := decodeVecTable(buf[:len(buf)-4], 4); err == nil {
		t.Error("truncated file accepted")
	}
}

type sliceWriter []byte

func (w *sliceWriter) Write(p []byte) (int, error) { *w = append(*w, p...); return len(p), nil }

// TestSearchAfterClose checks that a search on a closed index fails or
// finds nothing instead of reading unmapped memory.
func TestSearchAfterClose(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	q, err := ix.embedQuery(context.Background(), SearchText("家庭医生签约"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.vectors.search(q, vecFilter{}, 5)) == 0 {
		t.Fatal("open index finds nothing")
	}
	ix.Close()
	if got := ix.vectors.search(q, vecFilter{}, 5); len(got) != 0 {
		t.Errorf("closed index found %d", len(got))
	}
	if _, err := ix.vectors.chunk("x", 0); err == nil {
		t.Error("closed index read a chunk")
	}
	ix.Search(context.Background(), corpus.Query{Text: "家庭医生签约"}) // must not crash
}
