package corpus

import "testing"

// Rows of a name and a value closed by bars, under a header of other
// shape and part headings ("一、医疗资源 |"), are figures of their own
// (made-up statistics table).
func TestBarClosedNameValueRows(t *testing.T) {
	text := "云溪县2021年医疗卫生统计\n分类 |\n指标 |\n2021年全年 |\n一、医疗资源 |\n实有床位数(张) | 2802 |\n执业医师人数(人) | 649 | |\n" +
		"病床使用率% | 70.84 | |\n三、病人医药费用 |\n门诊病人均次医药费用(元) | 214.3 |\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"2802": "张", "649": "人", "214.3": "元", "70.84": "%"}
	for _, f := range r.Figures {
		if u, ok := want[f.Raw]; ok {
			if f.Unit != u || f.Year != 2021 || f.Raw == "70.84" && f.Label != "病床使用率" {
				t.Errorf("%s %s: unit %q year %d, want %q 2021", f.Label, f.Raw, f.Unit, f.Year, u)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
