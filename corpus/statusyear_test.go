package corpus

import "testing"

// A text that states where things stood at the end of a year is of that
// year at least, whatever earlier year it names first; a status it only
// expects ("截至2025年底，将…") dates nothing.
func TestStatusDatesTheText(t *testing.T) {
	text := "大同市卫健委:构建坚实医疗保障 更好守护人民健康\n10年来，全市5岁以下儿童死亡率由2012年的3.85‰下降到2021年的3.13‰。2019年被确定为城市医联体建设试点城市。" +
		"截至2021年底，免费为贫困地区妇女筛查宫颈癌301291人。\n"
	doc := Parse("fabuhui.txt", text, Meta{}, Options{})
	r := doc.Reports[0]
	if r.Year != 2021 {
		t.Fatalf("year %d, want 2021", r.Year)
	}
	for _, f := range r.Figures {
		if f.Raw == "3.13" && (f.Kind != KindSummary || f.Target) {
			t.Errorf("3.13‰ of 2021 read as a plan: %+v", f)
		}
	}
	if y := statusYear("截至2025年底，全省将建成胸痛中心100家。"); y != 0 {
		t.Errorf("an expected status dated the text %d", y)
	}
}
