package retrieval

import "context"

// Embedder turns texts into vectors. Implementations return one vector per
// input, in order, each of length Dim().
type Embedder interface {
	// Name identifies the model and its settings; an index records it and
	// refuses to be searched with a different embedder.
	Name() string
	// Dim is the length of every vector.
	Dim() int
	// Embed returns the vectors of texts.
	Embed(ctx context.Context, texts []string) ([][]float32, error)
}
