package corpus

import "testing"

// A news page of 2018 on a 2017 causes-of-death report: its figures are of
// 2017, and each bare 死亡率 is the rate of the cause named before it
// (made-up report).
func TestCausesOfDeathReport(t *testing.T) {
	text := "云溪居民死亡原因报告:脑血管病成“最大杀手”\n15.05.2018  12:24\n" +
		"本报讯 南京市疾控中心近日发布2017年南京户籍居民死亡原因简析报告,循环系统疾病、肿瘤居死亡原因前2位。从单病种看,脑血管病是居民首要死因,死亡率153.35/10万;其次是心脏病,死亡率93.21/10万;全市死亡率为700.5/10万。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2017 {
		t.Errorf("year %d, want 2017 (the report's)", r.Year)
	}
	want := map[string]string{"153.35": "脑血管病死亡率", "93.21": "心脏病死亡率", "700.5": "死亡率"}
	seen := 0
	for _, f := range r.Figures {
		if l, ok := want[f.Raw]; ok {
			seen++
			if f.Label != l || f.Year != 2017 {
				t.Errorf("%s = %s of %d, want %s of 2017", f.Label, f.Raw, f.Year, l)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d figures found: %+v", seen, len(want), r.Figures)
	}
}
