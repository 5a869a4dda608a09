package corpus

import "testing"

// Places named together and their values said "respectively" (分别为):
// each value is its own place's, in order, in Simplified and Traditional
// text alike; a run of values of another count is left to the sentence's
// place.
func TestRespectivePlaces(t *testing.T) {
	for _, text := range []string{
		"江门市手足口病疫情\n截至6月20日,江门市报告手足口病8001例。其中,蓬江区和新会区报告病例最多,分别为1868例和1845例。此外,江海区419例。\n",
		"江門市手足口病疫情\n截至6月20日,江門市報告手足口病8001例。其中,蓬江區和新會區報告病例最多,分別為1868例和1845例。此外,江海區419例。\n",
	} {
		r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
		want := map[string]string{"8001": "江门市", "1868": "蓬江区", "1845": "新会区", "419": "江海区"}
		for _, f := range r.Figures {
			if p, ok := want[f.Raw]; ok && f.Place != p {
				t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
			}
		}
	}
	r := Parse("t.txt", "江门市手足口病疫情\n蓬江区和新会区报告病例分别为1868例、1845例和12例。\n", Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Place == "新会区" {
			t.Errorf("%s = %s: three values for two places, yet placed in 新会区", f.Label, f.Raw)
		}
	}
}
