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

// "其余8种丙类传染病的报告病例总数为32438例": the total is of the things the
// number before counts, not a bare 病例总数.
func TestTotalOfTheThingsCountedBefore(t *testing.T) {
	s := "丙类传染病中麻风病无病例报告,其余8种丙类传染病的报告病例总数为32438例,无死亡"
	if f := figureOf(t, s, "32438"); f.Label != "丙类传染病报告病例总数" {
		t.Errorf("32438 labelled %q, want 丙类传染病报告病例总数", f.Label)
	}
	if f := figureOf(t, s, "8"); f.Label != "丙类传染病" {
		t.Errorf("8 labelled %q, want 丙类传染病", f.Label)
	}
}

// A share after a clause that ranks a kind ("咨询类最多,占68%") is that
// kind's.
func TestShareOfTheKindRanked(t *testing.T) {
	s := "其中咨询类最多,占68%,反映诉求类次之,占30%"
	for raw, want := range map[string]string{"68": "咨询类", "30": "反映诉求类"} {
		if f := figureOf(t, s, raw); f.Label != want {
			t.Errorf("%s labelled %q, want %q", raw, f.Label, want)
		}
	}
}
