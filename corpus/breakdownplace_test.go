package corpus

import "testing"

// A whole city's count broken down by county in brackets ("全市累计报告…
// 24例(巴州区15例,通江县5例)"): the total is the city's, each part its
// county's, and the outline number the line opens with is in no label.
func TestBreakdownByCountyInBrackets(t *testing.T) {
	text := "2月19日最新疫情!巴中无新增确诊病例!\n一、全市累计报告新冠肺炎确诊病例24例(巴州区15例,通江县5例),无新增确诊病例。\n巴中市卫生健康委员会 2020年2月19日\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"24": "巴中市", "15": "巴州区", "5": "通江县"}
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok && f.Place != p {
			t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
		}
		if f.Raw == "24" && f.Label != "新冠肺炎确诊病例" {
			t.Errorf("label %q, want 新冠肺炎确诊病例", f.Label)
		}
	}
	if r.Place != "巴中市" {
		t.Errorf("report place %q, want 巴中市 (the exclaiming headline's)", r.Place)
	}
}

// A city's bulletin that names its counties more often than itself is the
// city's; each part listed after the whole's name and 中 is its county's,
// brackets or none.
func TestBulletinOfCountiesIsTheCitys(t *testing.T) {
	text := "疫情通报\n截至12月4日24时,绥化市现有本土确诊病例48例(安达市24例、北林区20例、肇东市3例、庆安县1例),现有本土无症状感染者1812例(北林区626例、肇东市439例、安达市332例)。\n" +
		"确诊病例中,北林区1例,肇东市8例,安达市5例。出院病例中,北林区2例,安达市1例。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "绥化市" {
		t.Errorf("report place %q, want 绥化市", r.Place)
	}
	want := map[string]string{"48": "绥化市", "24": "安达市", "332": "安达市", "626": "北林区", "8": "肇东市", "5": "安达市"}
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok && f.Place != p {
			t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
		}
	}
}
