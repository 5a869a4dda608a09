package retrieval

import (
	"context"
	"fmt"
	"math"
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
	err := parallelChunks(ctx, len(texts), func(lo, hi int) {
		var c gramCounts
		for i := lo; i < hi; i++ {
			out[i] = e.vectorWith(texts[i], &c)
		}
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// WithIDF returns a copy of the embedder that weighs each n-gram by its
// inverse document frequency in a corpus, so that words every report uses
// ("工作", "加强") count for little and distinctive ones for much.
func (e *LocalEmbedder) WithIDF(idf *IDF) *LocalEmbedder {
	return &LocalEmbedder{dim: e.dim, idf: idf}
}

// vectorWith embeds one text, counting its n-grams in c (reused between
// texts).
func (e *LocalEmbedder) vectorWith(text string, c *gramCounts) []float32 {
	c.count(text)
	v := make([]float32, e.dim)
	for _, g := range c.grams {
		// As weight × (1+ln tf) × idf, in that order (float rounding).
		w := g.w
		if g.n > 1 {
			w *= 1 + math.Log(float64(g.n))
		}
		w *= e.idf.weight(g.key)
		idx := int(g.key % uint64(e.dim))
		if (g.key>>63)&1 == 1 {
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
