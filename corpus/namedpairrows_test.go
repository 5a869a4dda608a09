package corpus

import "testing"

// A two-column statistics table ("指标 | 2021年全年") copied with a bar
// after every cell, its rows a name in its unit and a value, in groups:
// each value is its own row's, and the first row is no header over the
// others (made-up table).
func TestNamedRowsInTheirUnits(t *testing.T) {
	text := "某县2021年卫生统计\n分类 |\n指标 |\n2021年全年 |\n一、医疗资源 |\n实有床位数(张) | 2640 |\n执业医师人数(人) | 612 | |\n注册护士人数(人) | 1188 | |\n" +
		"二、服务效率 |\n总诊疗人次数(人次) | 1539220 |\n出院人数(人) | 98850 | |\n"
	wantLabels(t, Parse("x.txt", text, Meta{}, Options{}).Reports[0].Figures,
		map[string]string{"2640": "实有床位数", "612": "执业医师人数", "1188": "注册护士人数", "1539220": "总诊疗人次数", "98850": "出院人数"})
}

// wantLabels checks that each value of want (by its raw number) is read
// with its label.
func wantLabels(t *testing.T, figs []Figure, want map[string]string) {
	t.Helper()
	for _, f := range figs {
		if w, ok := want[f.Raw]; ok {
			if f.Label != w {
				t.Errorf("%s: %q, want %q", f.Raw, f.Label, w)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
