package corpus

import "testing"

// The as-of day opening a paragraph dates the figures of its later
// sentences that name none ("截至22日13时" names its own) (made-up report).
func TestParagraphAsOfDay(t *testing.T) {
	text := "云溪市新冠疫苗接种进展\n截至2021年8月26日,云溪市累计报告接种新冠病毒疫苗3878.98万剂次。累计接种2013.39万人,其中1877.02万人完成全程接种。全市18岁及以上常住人口全程接种率95.08%。\n" +
		"另据统计,全市共设接种点120个。\n截至6月22日0时,全市采样人数共1116.21万人。截至22日13时,采样全部结束,采样人数共计1117.95万人。\n"
	want := map[string]string{"3878.98": "", "2013.39": "8月26日", "95.08": "8月26日", "120": "", "1117.95": ""}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if w, ok := want[f.Raw]; ok && f.AsOf != w {
			t.Errorf("%s = %s: as of %q, want %q", f.Label, f.Raw, f.AsOf, w)
		}
	}
}
