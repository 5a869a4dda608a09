package corpus

import "testing"

// A sentence opening with its comparison ("较上年度决算数减少…") changes the
// level its section gave last, here in the numbered heading's own sentence;
// the level of another section is never taken.
func TestChangesOfThePreviousLevel(t *testing.T) {
	text := "某镇卫生院2021年度部门决算公开说明\n二、部门决算情况说明\n（一）收入决算情况\n" +
		"1.财政拨款收入312.5万元,为财政拨款资金。较上年度决算数减少21.4万元,下降6.4%,主要是公共卫生财政拨款减少。\n" +
		"2.事业收入88.2万元,为医疗收入。较上年度决算数增加30.1万元,增长51.8%。\n" +
		"（二）支出决算情况\n较上年度决算数增加5.5万元。\n"
	r := Parse("决算.txt", text, Meta{}, Options{}).Reports[0]
	want := map[float64]string{21.4: "财政拨款收入", 6.4: "财政拨款收入", 30.1: "事业收入", 51.8: "事业收入"}
	for _, f := range r.Figures {
		if l, ok := want[f.Value]; ok && f.Label != l {
			t.Errorf("%s labelled %q, want %q", f.Raw, f.Label, l)
		}
		if f.Value == 5.5 && f.Label == "事业收入" {
			t.Errorf("5.5 took the label of another section")
		}
	}
}
