package corpus

import "testing"

// A page whose article opens with its first paragraph, a related link's
// headline below it ("上海宋城开业…" over its date), has no title from
// below: neither
// the title nor the place comes from that link (made-up page).
func TestNoTitleFromBelowTheArticle(t *testing.T) {
	text := "广西基层医疗卫生机构达标率持续提升。全区建成社区医院127家,乡镇卫生院达标比例为76.59%。广西玉林市开展“优质服务基层行”活动。\n" +
		"在医药卫生体制改革方面,广西先行先试。自2014年起,广西在南宁市上林县试点开展县乡一体化管理。\n\n" +
		"网友评论更多\n上海宋城开业 世博地区再添文旅新地标\n2024/11/28 推荐\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title == "上海宋城开业 世博地区再添文旅新地标" || r.Place == "上海市" {
		t.Errorf("title %q, place %q: taken from the link below the article", r.Title, r.Place)
	}
}

// A line that is only the site's name ("人民网") is no title.
func TestSiteNameIsNoTitle(t *testing.T) {
	text := "人民网\n人民网\n\n聚焦2024云溪两会\n\n云溪:全面完成50项民生实事 民生保障扎实推进\n\n2024年01月24日13:38 | 来源:人民网-云溪频道\n\n1月24日上午,云溪县第十四届人民代表大会第三次会议开幕。县长作政府工作报告。\n"
	if title := Parse("x.txt", text, Meta{}, Options{}).Reports[0].Title; title == "人民网" {
		t.Errorf("title %q: the site's name", title)
	}
}
