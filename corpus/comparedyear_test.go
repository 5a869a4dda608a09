package corpus

import "testing"

// A sentence opening with the year its changes are measured against gives
// its bare changes that base; a change with its own base keeps it.
func TestSentenceComparedYear(t *testing.T) {
	text := "云溪市2016年卫生与人群健康状况报告\n2016年云溪市户籍居民期望寿命为82.03岁,比2015年上升0.08岁。" +
		"与2009年相比,云溪市户籍居民期望寿命提升了1.56岁,婴儿死亡率下降了3.1个千分点。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"0.08": "比2015年上升", "1.56": "比2009年提升", "3.1": "比2009年下降"}
	for _, f := range r.Figures {
		if q, ok := want[f.Raw]; ok {
			if f.Qualifier != q {
				t.Errorf("%s %s: qualifier %q, want %q", f.Label, f.Raw, f.Qualifier, q)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
