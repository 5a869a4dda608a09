package corpus

import "testing"

// A sentence referring back to a place by its kind ("该县") gives its
// figures the last place of that kind named before it in the paragraph,
// not the report's (made-up news).
func TestFigureOfReferredPlace(t *testing.T) {
	text := "阿坝州推行疾病预防管理模式\n2025年，阿坝州每年统筹资金近5000万元，通过全民健康体检，强化疾病早筛早治。汶川县率先开展试点。" +
		"该县建立了全国首个县级移动诊疗服务中心；每年统筹资金近1000万元，保障全民免费体检。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	got := map[float64]string{}
	for _, f := range r.Figures {
		got[f.Value] = f.Place
	}
	if got[5000] != "阿坝藏族羌族自治州" || got[1000] != "汶川县" {
		t.Errorf("places by value: %v", got)
	}
}

// The place referred to may be named earlier in the same sentence ("到…
// 萝北县后发现，该县…"): a figure of the county, not of the province the
// report is about (made-up news).
func TestFigureOfPlaceReferredInItsSentence(t *testing.T) {
	text := "安徽基层医改观察\n2011年，安徽省乡镇卫生院职工收入普遍提高。研究人员到黑龙江鹤岗市萝北县后发现，该县乡镇卫生院职工年收入达到3.1万元，高于当地平均水平。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Value == 3.1 && f.Place != "萝北县" {
			t.Errorf("3.1万元 placed in %q, want 萝北县", f.Place)
		}
	}
}
