package figures

import "testing"

// Places listed after the whole's name and 中 ("确诊病例中,北湖区1例,苏仙区
// 8例") are parts of that whole, one place too; a list with no such head
// keeps the places' names, and a head holding a number is no whole.
func TestPartsAfterHead(t *testing.T) {
	cases := []struct{ sentence, raw, want string }{
		{"确诊病例中,北湖区1例,苏仙区8例,资兴市3例", "8", PartLabel("确诊病例", "苏仙区")},
		{"确诊病例中,北湖区1例,苏仙区8例,资兴市3例", "3", PartLabel("确诊病例", "资兴市")},
		{"新增确诊病例中,安仁县4例", "4", PartLabel("新增确诊病例", "安仁县")},
		{"北湖区1例,苏仙区8例", "8", "苏仙区"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.want {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, c.raw, f.Label, c.want)
		}
	}
}
