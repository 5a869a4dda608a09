package bot

import (
	"context"

	"github.com/healthbot/healthbot/corpus"
)

// scopedSearcher gives every search of one request what its asker may
// read, whatever filters the search was built with: no path of an answer
// (figures, conflicts, other years, drafts) sees a hidden passage.
type scopedSearcher struct {
	inner  Searcher
	access corpus.Readable
}

func (s scopedSearcher) Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error) {
	q.Filters.Access = s.access
	res, err := s.inner.Search(ctx, q)
	res.Filters.Access = corpus.Readable{}
	return res, err
}

func (s scopedSearcher) SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error) {
	f.Access = s.access
	return s.inner.SearchFigures(ctx, text, f, n)
}

// scoped returns the assistant limited to what r may read.
func (b *Bot) scoped(r corpus.Readable) *Bot {
	c := *b
	c.search = scopedSearcher{inner: b.search, access: r}
	return &c
}
