package corpus

import "testing"

// A review of the five years to 2022 that plans nothing compares the
// years it reviews: its 2022 figures, under a heading whose first line
// is of 2018, are actuals, not plans (made-up review).
func TestLaterYearOfAPlanlessReview(t *testing.T) {
	text := "五年来医院有哪些变化\n近日,2022年云溪省卫生健康事业发展统计公报公布,通过近5年统计数据,还可以看出医院有哪些变化。\n" +
		"1.床位数量(单位:万张)\n2018年,公立医院床位占73.7%,民营医院床位占26.3%。\n2022年,公立医院床位占70.0%,民营医院床位占30.0%。\n" +
		"2.诊疗量(单位:亿人次)\n2018年,公立医院诊疗人次30.5亿。\n2022年,公立医院诊疗人次31.9亿,民营医院诊疗人次6.3亿。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	n := 0
	for _, f := range r.Figures {
		if f.Year == 2022 {
			n++
			if f.Kind != KindSummary || f.Target {
				t.Errorf("%s = %s: kind %s target %v, want an actual", f.Label, f.Raw, f.Kind, f.Target)
			}
		}
	}
	if n < 4 {
		t.Errorf("%d figures of 2022, want 5: %+v", n, r.Figures)
	}
}
