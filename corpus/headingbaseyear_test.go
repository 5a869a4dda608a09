package corpus

import "testing"

// A report dated by its first heading's year takes no base of comparison
// for it: numbered lines "（1）…预算数为5.28亿元,比2015年执行数增加…" in news of
// the 2016 budget are of 2016 (made-up news).
func TestHeadingBaseYearIsNotTheReports(t *testing.T) {
	text := "今年省级财政的钱花向哪里?财政厅晒出了2016年省级财政预算的详细账单。\n" +
		"(1)医疗卫生管理事务预算数为5.28亿元,比2015年执行数增加0.1亿元,增长1.9%。主要是基本建设支出增加。\n" +
		"(2)公立医院预算数为34.32亿元,比2015年执行数减少0.45亿元,下降1.3%。主要是2015年安排了一次性的支出。\n" +
		"(3)公共卫生预算数为12.26亿元,比2015年执行数增加1.04亿元,增长9.3%。主要是补助资金增加。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2016 {
		t.Errorf("year %d, want 2016", r.Year)
	}
	for _, f := range r.Figures {
		if f.Raw == "12.26" && f.Year != 2016 {
			t.Errorf("%s = %s of %d, want 2016", f.Label, f.Raw, f.Year)
		}
	}
}
