package corpus

import "testing"

// A page headed by a subtitle naming one district, over a report on the
// city's bulletin that says 全市 throughout, is the city's; a district's
// own report, speaking of 全区, stays the district's.
func TestSubtitleDistrictOfACityReport(t *testing.T) {
	city := "上城区老龄化程度最高\n4月2日,杭州市民政局发布了《杭州市2017年老龄事业统计公报》。\n" +
		"截至2017年底,全市60岁以上老年人口167.18万人。全市百岁老人410人。\n老龄化程度排在前三位的是上城区、西湖区、下城区。\n"
	if p := Parse("x.txt", city, Meta{}, Options{}).Reports[0].Place; p != "杭州市" {
		t.Errorf("city report placed at %q", p)
	}
	district := "上城区2017年老龄工作总结\n截至2017年底,全区60岁以上老年人口8.1万人,占全市的4.8%。全市排名第一,全市唯一。\n"
	if p := Parse("x.txt", district, Meta{}, Options{}).Reports[0].Place; p != "上城区" {
		t.Errorf("district report placed at %q", p)
	}
}
