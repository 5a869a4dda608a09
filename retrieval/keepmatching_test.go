package retrieval

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

func hitOf(id string, relevance float64, year match) scoredHit {
	return scoredHit{Hit: corpus.Hit{ChunkID: id}, relevance: relevance, year: year}
}

func TestKeepMatching(t *testing.T) {
	ids := func(hits []scoredHit) (out []string) {
		for _, h := range hits {
			out = append(out, h.ChunkID)
		}
		return out
	}
	tests := []struct {
		name string
		hits []scoredHit
		want []string
	}{
		{
			name: "a relevant passage of the asked year drops other years",
			hits: []scoredHit{hitOf("other", 0.048, matchNo), hitOf("asked", 0.040, matchYes), hitOf("unknown", 0.030, matchUnknown)},
			want: []string{"asked", "unknown"},
		},
		{
			name: "a weak match found only by a weak retriever decides nothing",
			hits: []scoredHit{hitOf("other", 0.048, matchNo), hitOf("other2", 0.040, matchNo), hitOf("weak", 0.001, matchYes)},
			want: []string{"other", "other2", "weak"},
		},
		{
			name: "no match keeps everything",
			hits: []scoredHit{hitOf("a", 0.048, matchNo), hitOf("b", 0.040, matchUnknown)},
			want: []string{"a", "b"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ids(keepMatching(tt.hits))
			if len(got) != len(tt.want) {
				t.Fatalf("kept %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("kept %v, want %v", got, tt.want)
				}
			}
		})
	}
}
