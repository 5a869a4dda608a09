package retrieval

import (
	"context"
	"fmt"
	"hash/fnv"
	"math"
	"unicode"
	"unicode/utf8"
)

// LocalEmbedder makes deterministic vectors from the character n-grams of
// normalised text with the hashing trick: no model, no network, no key.
// Unigrams, bigrams and trigrams of Han characters (and words of Latin
// letters and digits) are hashed into Dim buckets with a hashed sign, term
// counts are damped (1+ln tf), and the vector is L2-normalised, so the dot
// product of two vectors is a cosine similarity of their n-gram profiles.
// Bigrams carry the most weight: in Chinese most words are two characters.
type LocalEmbedder struct {
	dim int
	idf *IDF // corpus statistics; nil weighs every n-gram alike
}

// Weights of the n-gram orders in the local embedding.
const (
	unigramWeight = 0.35
	bigramWeight  = 1.0
	trigramWeight = 0.6
)

// DefaultLocalDim is the default length of local vectors.
const DefaultLocalDim = 1024

// NewLocalEmbedder returns a local embedder with vectors of length dim.
func NewLocalEmbedder(dim int) (*LocalEmbedder, error) {
	if dim < 64 || dim > 8192 {
		return nil, fmt.Errorf("local embedder dimension %d out of range 64..8192", dim)
	}
	return &LocalEmbedder{dim: dim}, nil
}

// Name identifies the embedder and its version; change the version when the
// features change, so old indexes are rebuilt.
func (e *LocalEmbedder) Name() string { return fmt.Sprintf("local-ngram-v1@%d", e.dim) }

// Dim is the vector length.
func (e *LocalEmbedder) Dim() int { return e.dim }

// Embed returns the vectors of texts. It never fails except on a cancelled
// context.
func (e *LocalEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	for i, t := range texts {
		if i%256 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		out[i] = e.vector(t)
	}
	return out, nil
}

// WithIDF returns a copy of the embedder that weighs each n-gram by its
// inverse document frequency in a corpus, so that words every report uses
// ("工作", "加强") count for little and distinctive ones for much.
func (e *LocalEmbedder) WithIDF(idf *IDF) *LocalEmbedder {
	return &LocalEmbedder{dim: e.dim, idf: idf}
}

// grams calls add for every n-gram of text with its order weight.
func grams(text string, add func(key uint64, w float64)) {
	hash := func(gram []rune) uint64 {
		h := fnv.New64a()
		var buf [4]byte
		for _, r := range gram {
			n := utf8.EncodeRune(buf[:], r)
			h.Write(buf[:n])
		}
		return h.Sum64()
	}
	// Split into runs of Han characters and runs of Latin letters/digits;
	// punctuation and spaces break n-grams.
	var han []rune
	var word []rune
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

// vector embeds one (already normalised) text.
func (e *LocalEmbedder) vector(text string) []float32 {
	counts := map[uint64]float64{}
	weights := map[uint64]float64{}
	grams(text, func(k uint64, w float64) {
		counts[k]++
		weights[k] = w
	})
	v := make([]float32, e.dim)
	for k, c := range counts {
		w := weights[k] * (1 + math.Log(c)) * e.idf.weight(k)
		idx := int(k % uint64(e.dim))
		if (k>>63)&1 == 1 {
			w = -w
		}
		v[idx] += float32(w)
	}
	if !normalize(v) {
		v[0] = 1 // no n-grams at all (only punctuation): a fixed unit vector
	}
	return v
}

// normalize scales v to unit length in place. It reports false for a zero
// vector, which it leaves alone.
func normalize(v []float32) bool {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	if sum == 0 || math.IsNaN(sum) || math.IsInf(sum, 0) {
		return false
	}
	inv := float32(1 / math.Sqrt(sum))
	for i := range v {
		v[i] *= inv
	}
	return true
}
