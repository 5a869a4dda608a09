package corpus

import "testing"

// A label that opens with the figure's place reads as the indicator
// without it; an institution named after the place, a table row's place
// and a list of places stay.
func TestWithoutOpeningPlace(t *testing.T) {
	for label, want := range map[string]string{
		"肥西县现有托育机构":     "托育机构",
		"威海市人均预期寿命":     "人均预期寿命",
		"肥西县人民医院床位":     "肥西县人民医院床位",
		"济南市 卫生机构数":     "济南市 卫生机构数",
		"颍泉区、界首市完成二次筹资": "颍泉区、界首市完成二次筹资",
		"托育机构":          "托育机构",
		"肥西县卫健委发文":      "肥西县卫健委发文",
	} {
		if got := withoutOpeningPlace(label); got != want {
			t.Errorf("withoutOpeningPlace(%q) = %q, want %q", label, got, want)
		}
	}
}
