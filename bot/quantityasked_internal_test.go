package bot

import "testing"

// A count of people asked is quoted only by a number of people, in either
// script and with 余 before or after 万; money likewise in 萬元.
func TestQuotesQuantityAsked(t *testing.T) {
	for _, tt := range []struct {
		text, unit string
		want       bool
	}{
		{"“这10件民生实事聚焦教育、医疗、养老等领域。” [1]", "人", false},
		{"“海南省共有15.93萬人完成了第1針疫苗接種” [1]", "人", true},
		{"“年门诊量160余万人次” [1]", "人次", true},
		{"“全年报告病例326例” [1]", "人", true},
		{"“免费为36万适龄女生接种HPV疫苗” [1]", "人", true},
		{"“下达补助资金85萬元” [1]", "元", true},
		{"“新建村卫生室12家” [1]", "元", false},
	} {
		if got := quotesQuantityAsked(tt.text, tt.unit); got != tt.want {
			t.Errorf("quotesQuantityAsked(%q, %q) = %v, want %v", tt.text, tt.unit, got, tt.want)
		}
	}
}
