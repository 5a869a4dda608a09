package corpus

import "testing"

// A national table's rows named by places spaced out to align ("浙 江",
// "上 海") give their figures to those places (made-up monthly report).
func TestSpacedPlaceRows(t *testing.T) {
	text := "2022年1-8月全国医疗服务情况\n各地区医疗服务情况\n地区 | 诊疗人次数(万人次) | 出院人次数(万人次) |\n浙 江 | 20500.9 | 693.5 |\n上 海 | 9612.8 | 205.5 |\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"20500.9": "浙江省", "9612.8": "上海市"}
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok {
			if f.Place != p {
				t.Errorf("%s (%s): place %q, want %q", f.Raw, f.Label, f.Place, p)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
