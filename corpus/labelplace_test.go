package corpus

import "testing"

// A label that opens with the figure's place reads as the indicator
// without it, and without a place given as an example of what it counts
// ("竹山县城等乡镇"); an institution named after the place, a table row's
// place and a list of places stay.
func TestWithoutOpeningPlace(t *testing.T) {
	for label, want := range map[string]string{
		"肥西县现有托育机构":      "托育机构",
		"威海市人均预期寿命":      "人均预期寿命",
		"肥西县人民医院床位":      "肥西县人民医院床位",
		"济南市 卫生机构数":      "济南市 卫生机构数",
		"颍泉区、界首市完成二次筹资":  "颍泉区、界首市完成二次筹资",
		"托育机构":           "托育机构",
		"肥西县卫健委发文":       "肥西县卫健委发文",
		"十堰市竹山县城等乡镇获得命名": "乡镇获得命名", // a place given as an example of what is counted
		"高血压等慢性病筛查":      "高血压等慢性病筛查",
	} {
		if got := withoutOpeningPlace(label); got != want {
			t.Errorf("withoutOpeningPlace(%q) = %q, want %q", label, got, want)
		}
	}
}

// Each item of a page of news in brief is of the place it names first,
// not of the page's place; items naming none stay the page's.
func TestNewsInBriefItemsHaveTheirPlaces(t *testing.T) {
	text := "云浮市卫生健康工作简讯\n● 近日,云浮市卫生健康局上线《民生热线》,共解答了50个问题。\n(苏宇宇)\n" +
		"● 近日,2022年珠海市医学会血液风湿病学分会年会顺利举行,线上开展主题健康教育15次。\n(刘星)\n● 近日,举办义诊活动8场。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"50": "云浮市", "15": "珠海市", "8": "云浮市"}
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok && f.Place != p {
			t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
		}
	}
}

// A title that forwards another place's document makes the text that
// place's, whatever the file's name spells.
func TestForwardedDocumentIsItsPlaces(t *testing.T) {
	text := "常张乡人民政府转发山西省2023年12月报告法定传染病疫情\n2023年12月1日零时至12月31日24时,全省报告法定甲乙丙类传染病40220例。\n"
	r := Parse("02_zhangzi_jikong_2023.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "山西省" {
		t.Errorf("place %q, want 山西省", r.Place)
	}
	if got := forwardedPlace("芜湖市卫健委转发南陵县2023年卫生健康统计公报"); got != "南陵县" {
		t.Errorf("forwardedPlace = %q", got)
	}
	if got := forwardedPlace("关于转发南昌市卫健委《若干要求》的通知"); got != "" {
		t.Errorf("forwardedPlace of a notice = %q, want its sender's own", got)
	}
}
