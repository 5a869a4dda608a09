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

// A news page on a monthly bulletin, its month in a headline after the
// body's name ("陕西卫健委:6月全省共报告…") and its sentences naming the
// month's days ("2021年6月1日至6月30日"): every count is of June, and the
// class the long sentence opens with labels its bare count (made-up counts).
func TestMonthOfNewsOnABulletin(t *testing.T) {
	text := "某省卫健委:6月全省共报告法定传染病13609例,死亡18例\n时间:2021-07-08 11:48:04 | 来源:某新闻\n" +
		"据某省卫健委通报,2021年6月1日至6月30日,某省共报告法定传染病13609例,死亡18例。其中,甲类传染病无发病、死亡病例报告。" +
		"乙类传染病中除传染性非典型肺炎、脊髓灰质炎、白喉无发病、死亡病例报告外,其余18种传染病共报告发病6361例,死亡18人。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	found := false
	for _, f := range r.Figures {
		if f.Month != 6 {
			t.Errorf("%s = %s%s: month %d, want 6", f.Label, f.Raw, f.Unit, f.Month)
		}
		if f.Raw == "6361" {
			found = true
			if f.Label != "乙类传染病共报告发病" {
				t.Errorf("6361例 labelled %q, want 乙类传染病共报告发病", f.Label)
			}
		}
	}
	if !found {
		t.Error("no figure 6361")
	}
}

// A title dated by its month in brackets ("工作进展（11月）") dates the
// report's figures with that month.
func TestMonthInTheTitlesBrackets(t *testing.T) {
	if got := reportMonth("困难群众问题点题整治工作进展（11月）", "截至目前，共排查困难群众4086人。"); got != 11 {
		t.Errorf("month %d, want 11", got)
	}
	if got := reportMonth("工作进展（1-11月）", "共排查困难群众4086人。"); got != 0 {
		t.Errorf("a span of months read as month %d", got)
	}
}
