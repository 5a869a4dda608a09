package corpus

import "slices"

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

// Filters say what a search is about besides its words. Years, Kind and
// Place read from a question rank matching passages first rather than
// excluding the others (see retrieval.Search); Org and File are exact.
// Zero values mean "any", except Access, whose zero value reads only
// files in no access folder.
type Filters struct {
	Years  []int  `json:"years,omitempty"`
	Kind   Kind   `json:"kind,omitempty"`
	Place  string `json:"place,omitempty"` // canonical name of the place asked about ("四川省")
	Org    string `json:"org,omitempty"`
	File   string `json:"file,omitempty"`
	Period string `json:"period,omitempty"` // 上半年 / 下半年, read from the question; informational
	// Access is what the asker may read: hidden passages and figures are
	// left out before ranking.
	Access Readable `json:"-"`
}

// Query is one search.
type Query struct {
	Text    string
	Filters Filters
	K       int  // hits wanted; 10 when 0
	Mode    Mode // Hybrid when ""
}

// Hit is one passage found.
type Hit struct {
	Rank    int     `json:"rank"`
	Score   float64 `json:"score"`
	ChunkID string  `json:"id"`
	Title   string  `json:"title"`
	File    string  `json:"file"`
	Ref     string  `json:"ref"`
	Year    int     `json:"year"`
	Kind    Kind    `json:"kind"`
	Org     string  `json:"org,omitempty"`
	Place   string  `json:"place,omitempty"`
	Section string  `json:"section"`
	Text    string  `json:"text"`
	// Source and Published are the paper a saved page credits and its
	// publication date (Report.Source, Report.Published).
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"`
	// DocNumber is the document number of the passage's report
	// (Report.DocNumber): its own, not one it cites.
	DocNumber string `json:"doc_number,omitempty"`
	// Rest is the rest of the passage's last paragraph when a paragraph too
	// long for one passage was cut after it: the text up to the paragraph's
	// end in the passage that continues it.
	Rest string `json:"rest,omitempty"`
	// Lead is the opening sentence of the passage's first paragraph when
	// the passage begins inside it, with "…" for what lies between.
	Lead       string   `json:"lead,omitempty"`
	Duplicates []string `json:"duplicates,omitempty"` // reposts this passage's report stands for
	// Suspect marks a passage holding an instruction aimed at a language
	// model (Chunk.Suspect).
	Suspect     bool `json:"suspect,omitempty"`
	VectorRank  int  `json:"vector_rank,omitempty"`
	KeywordRank int  `json:"keyword_rank,omitempty"`
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
	// NoYear and NoPlace say that no passage matched the year or place
	// asked: the hits are about other years or places (see Note).
	NoYear  bool `json:"no_year,omitempty"`
	NoPlace bool `json:"no_place,omitempty"`
}

// FigureHit is a figure found by its indicator.
type FigureHit struct {
	Score      float64  `json:"score"`
	Figure     Figure   `json:"figure"`
	Title      string   `json:"title"`
	File       string   `json:"file"`
	Ref        string   `json:"ref"`
	Org        string   `json:"org,omitempty"`
	Place      string   `json:"place,omitempty"` // the report's place (canonical), "" when unknown
	Duplicates []string `json:"duplicates,omitempty"`
	// YearMatch and PlaceMatch say whether the figure is about the year
	// and place asked (false when they were not asked).
	YearMatch  bool `json:"year_match,omitempty"`
	PlaceMatch bool `json:"place_match,omitempty"`
}

// Readable says which access folders a search may read (package access
// decides it). Passages of files in no access folder are always readable;
// the zero value reads only those.
type Readable struct {
	All     bool     // every folder (the command line, run by the deployer)
	Folders []string // access folders readable besides
}

// Allows reports whether a passage of access folder key may be read.
func (r Readable) Allows(key string) bool {
	return key == "" || r.All || slices.Contains(r.Folders, key)
}
