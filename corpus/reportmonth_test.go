package corpus

import "testing"

// A monthly bulletin that dates itself once in its opening records the
// month on the figures of its later sentences; a report of a span of months
// ("1-8月") records none (made-up numbers).
func TestMonthOfAMonthlyBulletin(t *testing.T) {
	text := "警惕!某省卫健委刚刚公布!\n1月全省法定报告传染病疫情情况近日公布。报告显示,2023年1月(2023年1月1日0时至1月31日24时),全省共报告法定传染病19种86458例。\n" +
		"其中,无甲类传染病发病、死亡报告。其余13种乙类传染病共报告80614例,死亡43例。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if (f.Raw == "80614" || f.Raw == "43") && f.Month != 1 {
			t.Errorf("%s %s%s: month %d, want 1", f.Label, f.Raw, f.Unit, f.Month)
		}
	}
	span := "2022年1-8月全国医疗服务情况\n2022年1-8月,全国医疗卫生机构总诊疗人次43.0亿。医院26.7亿人次。\n"
	for _, f := range Parse("t.txt", span, Meta{}, Options{}).Reports[0].Figures {
		if f.Month != 0 {
			t.Errorf("%s %s%s: month %d in a report of eight months", f.Label, f.Raw, f.Unit, f.Month)
		}
	}
}
