package corpus

import "testing"

// A count of a kind of institution goes on, clause by clause parted by
// semicolons, with the beds and visits of those institutions written
// bare: they are labelled with the institutions; a sentence of its own
// after the run names them no more (made-up bulletin).
func TestSemicolonRunKeepsItsSubject(t *testing.T) {
	text := "某省2023年卫生健康事业发展统计公报\n" +
		"2023年,全省中医类医疗卫生机构总数9253个,比上年增加1221个;床位比上年增加1.4万张;总诊疗人次1.54亿,比上年增加0.31亿人次。\n" +
		"全省医疗卫生机构总诊疗人次9.55亿,比上年增加1.13亿人次。\n"
	labels := map[float64]string{}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		labels[f.Value] = f.Label
	}
	for v, want := range map[float64]string{1.4: "中医类医疗卫生机构床位", 1.54: "中医类医疗卫生机构总诊疗人次", 0.31: "中医类医疗卫生机构总诊疗人次", 9.55: "医疗卫生机构总诊疗人次"} {
		if labels[v] != want {
			t.Errorf("%v labelled %q, want %q", v, labels[v], want)
		}
	}
}
