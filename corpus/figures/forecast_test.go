package figures

import "testing"

// A forecast ("预计1年可节约费用超过2亿元") is no figure reached: it is
// read as a target, while "比预计多" compares an actual with one.
func TestForecastIsNoActual(t *testing.T) {
	if f := figureOf(t, "平均降幅52.98%,预计1年可节约费用超过2亿元。", "2"); !f.Target {
		t.Errorf("%s = 2亿元: not a target", f.Label)
	}
	if f := figureOf(t, "实际完成8万人,比预计多2万人。", "8"); f.Target {
		t.Errorf("%s = 8万人: a target", f.Label)
	}
}
