package retrieval

import (
	"context"
	"hash/fnv"
	"math"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// gramsReference is the first implementation of grams (a hash.Hash per
// n-gram, unicode tables per character), which the fast scan must match
// key for key, weight for weight, in order.
func gramsReference(text string, add func(key uint64, w float64)) {
	hash := func(gram []rune) uint64 {
		h := fnv.New64a()
		var buf [4]byte
		for _, r := range gram {
			n := utf8.EncodeRune(buf[:], r)
			h.Write(buf[:n])
		}
		return h.Sum64()
	}
	var han, word []rune
	flushHan := func() {
		for i := range han {
			add(hash(han[i:i+1]), unigramWeight)
			if i+2 <= len(han) {
				add(hash(han[i:i+2]), bigramWeight)
			}
			if i+3 <= len(han) {
				add(hash(han[i:i+3]), trigramWeight)
			}
		}
		han = han[:0]
	}
	flushWord := func() {
		if len(word) > 0 {
			add(hash(word), bigramWeight)
			word = word[:0]
		}
	}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			flushWord()
			han = append(han, r)
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' && len(word) > 0:
			flushHan()
			word = append(word, unicode.ToLower(r))
		default:
			flushHan()
			flushWord()
		}
	}
	flushHan()
	flushWord()
}

type gram struct {
	key uint64
	w   float64
}

func collect(f func(string, func(uint64, float64)), text string) []gram {
	var out []gram
	f(text, func(k uint64, w float64) { out = append(out, gram{k, w}) })
	return out
}

// gramTexts are texts of every kind the scan tells apart: long Han runs
// (longer than its buffer), Latin words with dots and capitals, digits,
// full-width and non-ASCII letters, rare Han (extension B, compatibility
// ideographs), punctuation only, and invalid UTF-8.
func gramTexts(t testing.TB) []string {
	texts := []string{
		"", "。，", "a", "人", "人民", "人民健康", "2023年家庭医生签约率为50.2%",
		"GDP增长3.5个百分点，Covid-19疫苗接种率ＡＢＣ９９。", "Ünïcödé Straße ΑΒΓ 数据",
		"𠀀𠀁𠀂 豈更車 々〇〡", "a.b..c .5 3. x", "\xff\xfe坏的\xc3字节", "ⅫⅣ²³ ١٢٣",
	}
	long := ""
	for range 50 {
		long += "卫生健康事业高质量发展"
	}
	texts = append(texts, long, long+"abc"+long)
	for _, d := range sampleDocs(t) {
		for _, r := range d.Reports {
			for _, c := range r.Chunks {
				texts = append(texts, c.Norm, c.Text)
			}
		}
	}
	return texts
}

func TestGramsMatchReference(t *testing.T) {
	for _, text := range gramTexts(t) {
		got, want := collect(grams, text), collect(gramsReference, text)
		if !slices.Equal(got, want) {
			t.Fatalf("grams(%.40q): %d n-grams, reference %d", text, len(got), len(want))
		}
	}
}

func TestIsHan(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if isHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHan(%U) = %v", r, isHan(r))
		}
	}
}

// vectorReference is the first implementation of LocalEmbedder.vector:
// counts in maps, summed in map order.
func vectorReference(e *LocalEmbedder, text string) []float32 {
	counts := map[uint64]float64{}
	weights := map[uint64]float64{}
	gramsReference(text, func(k uint64, w float64) {
		counts[k]++
		weights[k] = w
	})
	v := make([]float32, e.dim)
	for k, c := range counts {
		w := weights[k] * (1 + math.Log(c)) * e.idf.weight(k)
		if (k>>63)&1 == 1 {
			w = -w
		}
		v[int(k%uint64(e.dim))] += float32(w)
	}
	if !normalize(v) {
		v[0] = 1
	}
	return v
}

// TestLocalVectorsMatchReference: the parallel embedder with the fast
// scan makes the vectors of the first implementation (up to the rounding
// of the order in which colliding n-grams are added, which map order
// made arbitrary), with an IDF counted in parallel equal to one counted
// in order.
func TestLocalVectorsMatchReference(t *testing.T) {
	texts := gramTexts(t)
	idf := NewIDF(texts)
	want := map[uint64]uint32{}
	for _, text := range texts {
		seen := map[uint64]bool{}
		gramsReference(text, func(k uint64, _ float64) {
			if !seen[k] {
				seen[k] = true
				want[k]++
			}
		})
	}
	if idf.docs != uint32(len(texts)) || len(idf.df) != len(want) {
		t.Fatalf("idf: %d docs %d n-grams, want %d %d", idf.docs, len(idf.df), len(texts), len(want))
	}
	for k, n := range want {
		if idf.df[k] != n {
			t.Fatalf("idf of %x: %d, want %d", k, idf.df[k], n)
		}
	}
	e := localEmbedder(t, DefaultLocalDim).WithIDF(idf)
	vs, err := e.Embed(context.Background(), texts)
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		ref := vectorReference(e, text)
		for d := range ref {
			if math.Abs(float64(vs[i][d]-ref[d])) > 1e-6 {
				t.Fatalf("vector of %.40q, dimension %d: %g, reference %g", text, d, vs[i][d], ref[d])
			}
		}
	}
}

func TestEmbedCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := localEmbedder(t, DefaultLocalDim).Embed(ctx, make([]string, 1000)); err == nil {
		t.Fatal("no error from a cancelled embedding")
	}
}

// TestFNVString: the keys of keyword documents and of reused vectors
// (keyword.ids, texts.bin) are hash/fnv's, so that indexes built before
// keep theirs.
func TestFNVString(t *testing.T) {
	d := keywordDoc{Type: docFigure, Text: "南陵县签约率", Label: "签约率", Year: "2023", Kind: "summary", File: "a.txt", Record: `{"x":1}`}
	h := fnv.New64a()
	for _, f := range []string{d.Type, d.Text, d.Chars, d.Label, d.Year, d.Kind, d.Org, d.File, d.Record} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	if d.hash() != h.Sum64() {
		t.Errorf("keyword document hash %x, hash/fnv %x", d.hash(), h.Sum64())
	}
	for _, s := range []string{"", "a", "卫生健康\n工作"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if textHash(s) != h.Sum64() {
			t.Errorf("textHash(%q) = %x, hash/fnv %x", s, textHash(s), h.Sum64())
		}
	}
}
