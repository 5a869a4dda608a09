package corpus

import "testing"

// News of a national plan, put out in 2019 with targets for 2022: the
// title's horizon is not the page's year, its targets are plans (those
// added after "此外" too, by the same deadline), and the
// body a link below the article names is not its issuer (made-up page).
func TestNewsOfAPlanWithItsHorizon(t *testing.T) {
	text := "新闻中心 > 医学人 > 正文\n\n10部门:到2022年癌症死亡率上升趋势得到遏制\n\n2019-09-24  来源:中国新闻网\n\n" +
		"  日前,国家卫健委等10部门印发《健康中国行动——癌症防治实施方案(2019—2022年)》,提出到2022年,癌症发病率、死亡率上升趋势得到遏制,总体癌症5年生存率比2015年提高3个百分点。此外,高发地区重点癌种早诊率达到55%以上。(记者 张三)\n\n" +
		"文章关键词:癌症死亡率 上升趋势 责编:李四\n\n相关阅读 换一换\n\n湖北省卫健委辟谣“病毒变异传染性更强”:未发布此信息 湖北省卫健委辟谣“病毒变异传染性更强”:未发布此信息\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2019 || r.Place != NationalPlace || r.Issuer != "国家卫健委" {
		t.Errorf("year %d, place %q, issuer %q; want 2019, %s, 国家卫健委", r.Year, r.Place, r.Issuer, NationalPlace)
	}
	for _, f := range r.Figures {
		if (f.Raw == "3" || f.Raw == "55") && (f.Kind != KindPlan || f.Year != 2022) {
			t.Errorf("%s = %s: %s %d, want a plan for 2022", f.Label, f.Raw, f.Kind, f.Year)
		}
	}
}
