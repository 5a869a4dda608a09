package corpus

// The types searches are asked and answered in. They live here so that the
// assistant (package bot) and the index (package retrieval) share them
// without depending on each other.

// Mode chooses the retrievers a search uses.
type Mode string

// Search modes; Hybrid is the product's, the others exist to measure it.
const (
	Hybrid      Mode = "hybrid"
	VectorOnly  Mode = "vector"
	KeywordOnly Mode = "keyword"
)

// Query is one search.
type Query struct {
	Text    string
	Filters Filters
	K       int  // hits wanted; 10 when 0
	Mode    Mode // Hybrid when ""
}

// Hit is one passage found.
type Hit struct {
	Rank        int      `json:"rank"`
	Score       float64  `json:"score"`
	ChunkID     string   `json:"id"`
	Title       string   `json:"title"`
	File        string   `json:"file"`
	Ref         string   `json:"ref"`
	Year        int      `json:"year"`
	Kind        Kind     `json:"kind"`
	Org         string   `json:"org,omitempty"`
	Section     string   `json:"section"`
	Text        string   `json:"text"`
	Duplicates  []string `json:"duplicates,omitempty"` // reposts this passage's report stands for
	VectorRank  int      `json:"vector_rank,omitempty"`
	KeywordRank int      `json:"keyword_rank,omitempty"`
}

// SearchResult is what a search found, with a note when filters had to be
// explained (a year with no reports, a kind relaxed).
type SearchResult struct {
	Query   string  `json:"query"`
	Filters Filters `json:"filters"`
	Hits    []Hit   `json:"hits"`
	// SearchText is what was searched: the question's topic with the
	// official terms for its lay words added.
	SearchText string `json:"search_text,omitempty"`
	Note       string `json:"note,omitempty"`
}

// FigureHit is a figure found by its indicator.
type FigureHit struct {
	Score      float64  `json:"score"`
	Figure     Figure   `json:"figure"`
	Title      string   `json:"title"`
	File       string   `json:"file"`
	Ref        string   `json:"ref"`
	Org        string   `json:"org,omitempty"`
	Duplicates []string `json:"duplicates,omitempty"`
}
