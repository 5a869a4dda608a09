package corpus

import "testing"

// In news, the year a speaker's words open with ("…主任沈卫国表示，去年，
// 安徽医改…下降52%") dates what they report: the year before the page's.
func TestYearAfterAReportedSpeaker(t *testing.T) {
	text := "沈卫国：安徽药品采购价低于国家指导价5成\n发布时间：2011-03-09\n" +
		"昨日，在安徽代表团开放日，全国人大代表、安徽省发改委主任沈卫国表示，去年，安徽医改在全省的基层医疗机构推广，实行统一招标基本药物后，药品采购价格比国家指导价下降52%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	found := false
	for _, f := range r.Figures {
		if f.Raw == "52" {
			found = true
			if f.Year != 2010 {
				t.Errorf("52%%: year %d, want 2010", f.Year)
			}
		}
	}
	if !found {
		t.Error("no figure 52%")
	}
}
