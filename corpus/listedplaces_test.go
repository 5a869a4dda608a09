package corpus

import "testing"

// A count broken down by a list of places after 其中 ("确诊病例1200例，其中湖
// 北68例、吉林836例"): each part is its own place's count of the whole's
// measure, not the first listed place's, nor a count named by the place.
func TestListOfPlacesAfterACount(t *testing.T) {
	text := "疫情通报\n截至12月31日24时，累计报告确诊病例1200例，其中湖北68例、吉林836例、黑龙江296例。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"68": "湖北省", "836": "吉林省", "296": "黑龙江省"}
	found := 0
	for _, f := range r.Figures {
		p, ok := want[f.Raw]
		if !ok {
			continue
		}
		found++
		if f.Place != p || f.Label != "确诊病例" {
			t.Errorf("%s: %s in %q, want 确诊病例 in %q", f.Raw, f.Label, f.Place, p)
		}
	}
	if found != len(want) {
		t.Errorf("found %d of the %d parts", found, len(want))
	}
}
