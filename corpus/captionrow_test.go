package corpus

import "testing"

// A caption, a line of headers and a line of values under them (a registry
// form's 资产损益情况) give one figure a header, named by the caption; a
// caption over prose gives none (made-up report).
func TestCaptionedValueRow(t *testing.T) {
	text := "云溪县妇幼保健计划生育服务中心2023年度报告\n举办单位 云溪县卫生健康局\n资产损益情况\n年初数(万元) 年末数(万元)\n644.99万元 638.45万元\n" +
		"业务开展情况\n全年开展 培训 3次\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"644.99": "资产损益情况 年初数", "638.45": "资产损益情况 年末数"}
	for _, f := range r.Figures {
		if l, ok := want[f.Raw]; ok {
			if f.Label != l || f.Unit != "万元" {
				t.Errorf("%s: %q %s, want %q 万元", f.Raw, f.Label, f.Unit, l)
			}
			delete(want, f.Raw)
		}
		if f.Label == "业务开展情况 全年开展" {
			t.Errorf("prose read as a captioned row: %+v", f)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
