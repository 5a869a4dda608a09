package corpus

import "testing"

// A hospital statistics table whose header cells wrap over several lines
// (the copy keeps the space that ended a cell's first part), rows numbered
// before their names and counts written with thousands separators.
func TestSpaceTableWrappedHeader(t *testing.T) {
	text := "2025年某县医院医疗服务效率统计表(年报)\n\n" +
		"序号 机构名称 总诊疗人次数 出院人数  出院病人 \n病死率(%)\n病床使用率(%) 出院者 \n平均住院日\n医师人均 \n每日担负 \n诊疗人次\n" +
		"1 某县妇幼保健院 101,415  8,294  0.0  86.5  4.5  7.2 \n" +
		"2 某县中医医院 120,995  14,798  0.2  105.5  7.0  4.8 \n" +
		"3 某县人民医院 563,362  42,422  0.2  107.9  6.2  7.3 \n"
	r := Parse("表.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Label] = f.Raw + f.Unit + " " + itoaYear(f.Year)
	}
	for label, want := range map[string]string{
		"某县人民医院 总诊疗人次数":        "563,362 2025",
		"某县中医医院 病床使用率":         "105.5% 2025",
		"某县中医医院 出院者平均住院日":      "7.0 2025",
		"某县妇幼保健院 医师人均每日担负诊疗人次": "7.2 2025",
		"某县妇幼保健院 出院病人病死率":      "0.0% 2025",
	} {
		if got[label] != want {
			t.Errorf("%s: %q, want %q (all %v)", label, got[label], want, got)
		}
	}
}
