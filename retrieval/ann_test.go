package retrieval

import (
	"bytes"
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// denseEmbedder simulates an API embedder: the local embedder's vectors
// with their signs flipped at random and put through a normalised
// Walsh-Hadamard transform, an orthogonal map, so that every dimension is
// non-zero while the similarities between texts stay those of the local
// embedder.
type denseEmbedder struct {
	local *LocalEmbedder
	signs []float32
}

func newDenseEmbedder(t testing.TB) *denseEmbedder {
	local := localEmbedder(t, DefaultLocalDim)
	r := rand.New(rand.NewPCG(1, 2))
	signs := make([]float32, local.Dim())
	for i := range signs {
		signs[i] = float32(1 - 2*r.IntN(2))
	}
	return &denseEmbedder{local: local, signs: signs}
}

func (e *denseEmbedder) Name() string { return "dense-test" }
func (e *denseEmbedder) Dim() int     { return e.local.Dim() }

func (e *denseEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	vs, err := e.local.Embed(ctx, texts)
	if err != nil {
		return nil, err
	}
	for _, v := range vs {
		e.densify(v)
	}
	return vs, nil
}

// densify transforms v in place (len(v) a power of two).
func (e *denseEmbedder) densify(v []float32) {
	for i := range v {
		v[i] *= e.signs[i]
	}
	for h := 1; h < len(v); h *= 2 {
		for i := 0; i < len(v); i += 2 * h {
			for j := i; j < i+h; j++ {
				a, b := v[j], v[j+h]
				v[j], v[j+h] = a+b, a-b
			}
		}
	}
	scale := float32(1 / math.Sqrt(float64(len(v))))
	for i := range v {
		v[i] *= scale
	}
}

// clusteredRows returns n random unit vectors of dim dimensions around
// clusters random centres, years cycling over ten, and queries near some
// of the centres.
func clusteredRows(n, dim, clusters, queries int) ([]vecRow, [][]float32) {
	r := rand.New(rand.NewPCG(3, 4))
	unit := func(v []float32) []float32 {
		var s float64
		for _, x := range v {
			s += float64(x) * float64(x)
		}
		for i := range v {
			v[i] /= float32(math.Sqrt(s))
		}
		return v
	}
	near := func(c []float32, noise float64) []float32 {
		v := make([]float32, dim)
		for i := range v {
			v[i] = c[i] + float32(r.NormFloat64()*noise/math.Sqrt(float64(dim)))
		}
		return unit(v)
	}
	centres := make([][]float32, clusters)
	for i := range centres {
		centres[i] = near(make([]float32, dim), 1)
	}
	rows := make([]vecRow, n)
	for i := range rows {
		rows[i] = vecRow{id: idOf(i), year: 2015 + i%10, kind: "summary", org: "o", file: "f", vec: near(centres[r.IntN(clusters)], 1)}
	}
	qs := make([][]float32, queries)
	for i := range qs {
		qs[i] = near(centres[r.IntN(clusters)], 1)
	}
	return rows, qs
}

func idOf(i int) string {
	return string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26)) + string(rune('a'+i/17576%26))
}

// annOver builds the table and ANN index of rows in memory.
func annOver(t testing.TB, dim int, rows []vecRow) (*vecTable, *annIndex) {
	tab, err := newVecTable(dim, rows)
	if err != nil {
		t.Fatal(err)
	}
	sorted := slices.Clone(rows)
	sortRows(sorted)
	var buf bytes.Buffer
	if err := encodeANN(&buf, dim, sorted); err != nil {
		t.Fatal(err)
	}
	a, err := decodeANN(buf.Bytes(), dim, len(rows))
	if err != nil {
		t.Fatal(err)
	}
	return tab, a
}

// recallAt returns the share of want's rows that got holds.
func recallAt(got, want []vecHit) float64 {
	if len(want) == 0 {
		return 1
	}
	n := 0
	for _, w := range want {
		if slices.ContainsFunc(got, func(g vecHit) bool { return g.row == w.row }) {
			n++
		}
	}
	return float64(n) / float64(len(want))
}

func TestANNFindsTheExactTopWithExactScores(t *testing.T) {
	rows, qs := clusteredRows(5000, 256, 50, 40)
	tab, a := annOver(t, 256, rows)
	total := 0.0
	for _, q := range qs {
		for _, f := range []vecFilter{{}, {years: []int{2017, 2020}}} {
			want := tab.search(q, f, 10)
			got := a.search(tab, storedVector(q), f, 10)
			total += recallAt(got, want)
			for _, g := range got {
				if y := int(tab.years[g.row]); len(f.years) > 0 && y != 2017 && y != 2020 {
					t.Fatalf("hit of %d outside the filter", y)
				}
				// A row found has its exact score.
				for _, w := range want {
					if w.row == g.row && w.score != g.score {
						t.Fatalf("row %d scored %v, exactly %v", g.row, g.score, w.score)
					}
				}
			}
		}
	}
	if r := total / float64(2*len(qs)); r < 0.98 {
		t.Errorf("recall@10 %.3f, want at least 0.98", r)
	}
}

func TestANNFileChecked(t *testing.T) {
	rows, _ := clusteredRows(100, 128, 5, 0)
	sortRows(rows)
	var buf bytes.Buffer
	if err := encodeANN(&buf, 128, rows); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if _, err := decodeANN(data, 128, 100); err != nil {
		t.Fatal(err)
	}
	if _, err := decodeANN(data, 128, 99); !errors.Is(err, errVecFile) {
		t.Errorf("wrong row count: %v", err)
	}
	bad := slices.Clone(data)
	bad[len(bad)-1] ^= 1
	if _, err := decodeANN(bad, 128, 100); !errors.Is(err, errVecFile) {
		t.Errorf("flipped bit: %v", err)
	}
	if _, err := decodeANN(data[:len(data)-4], 128, 100); !errors.Is(err, errVecFile) {
		t.Errorf("truncated: %v", err)
	}
}

// An index of dense vectors holds an ANN file; its searches find what an
// exact search finds, and a damaged ANN file stops it from opening.
func TestDenseIndexUsesANN(t *testing.T) {
	t.Parallel()
	old := annMinRows
	annMinRows = 1
	defer func() { annMinRows = old }()
	emb := newDenseEmbedder(t)
	dir := t.TempDir()
	if _, err := Build(context.Background(), dir, sampleDocs(t), emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, emb, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ix.vectors.ann == nil {
		t.Fatal("no ANN index opened")
	}
	for _, q := range []string{"家庭医生签约服务", "疫苗接种率", "卫生监督执法"} {
		qv, err := ix.embedQuery(context.Background(), SearchText(q))
		if err != nil {
			t.Fatal(err)
		}
		got := ix.vectors.search(qv, vecFilter{}, 10)
		want := ix.vectors.t.search(qv, vecFilter{}, 10)
		if !slices.Equal(got, foundOf(ix.vectors, want)) {
			t.Errorf("%s: ANN %v, exact %v", q, got, foundOf(ix.vectors, want))
		}
	}
	res, err := ix.Search(context.Background(), corpus.Query{Text: "家庭医生签约服务", K: 5})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("search: %v, %d hits", err, len(res.Hits))
	}
	ix.Close()

	gen, err := currentGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(gen, annFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 0xff
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if ix, err := Open(dir, emb, OpenOptions{}); err == nil {
		ix.Close()
		t.Error("a damaged ANN file opened")
	}
}

// foundOf turns a table's hits into what openVectors.search returns.
func foundOf(o *openVectors, hits []vecHit) []foundVector {
	out := make([]foundVector, len(hits))
	for i, h := range hits {
		out[i] = foundVector{id: o.t.id(h.row), year: int(o.t.years[h.row]), score: h.score}
	}
	return out
}

func FuzzDecodeANN(f *testing.F) {
	rows, _ := clusteredRows(3, 64, 2, 0)
	sortRows(rows)
	var buf bytes.Buffer
	if err := encodeANN(&buf, 64, rows); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes(), 64, 3)
	f.Add([]byte(annMagic), 64, 0)
	f.Fuzz(func(t *testing.T, data []byte, dim, rows int) {
		if dim < 0 || dim > 4096 || rows < 0 || rows > 1<<16 {
			return
		}
		a, err := decodeANN(data, dim, rows)
		if err != nil {
			return
		}
		if len(a.codes) != rows*a.words || len(a.vecs) != rows*dim {
			t.Fatalf("decoded %d codes and %d values for %d rows of %d", len(a.codes), len(a.vecs), rows, dim)
		}
	})
}
