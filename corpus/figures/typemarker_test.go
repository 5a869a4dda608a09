package figures

import "testing"

// A type written with digits inside a name ("2型糖尿病") is part of the
// object counted, not a number that ends it: the second count of a list is
// of its own noun, not the first's.
func TestTypeMarkerInsideAName(t *testing.T) {
	f := figureOf(t, "将超过22万名高血压患者和9万名2型糖尿病患者纳入慢性病管理。", "9")
	if f.Label != "2型糖尿病患者纳入慢性病管理" {
		t.Errorf("9 labelled %q, want 2型糖尿病患者纳入慢性病管理", f.Label)
	}
	if n := typeMarkerAt([]rune("13价肺炎疫苗"), 0, 7); n != 3 {
		t.Errorf("typeMarkerAt(13价肺炎疫苗) = %d, want 3", n)
	}
	if n := typeMarkerAt([]rune("2020型"), 0, 5); n != 0 {
		t.Errorf("typeMarkerAt(2020型) = %d, want 0", n)
	}
}
