package corpus

import "testing"

// News of December 2017 reviewing mostly 2016: a figure its sentence says
// is 今年's is of the page's year, the others of the year they review
// (made-up figures).
func TestThisYearInNewsReviewingTheYearBefore(t *testing.T) {
	text := "今年某市5.9万“二宝”出生\n2017-12-08 13:47:55 某市日报\n\n" +
		"某市日报讯 记者从12月7日召开的新闻发布会上获悉,今年1-10月份,全市户籍人口中二孩出生5.9万人,占出生总数的比例达到63%。\n\n" +
		"自2016年1月1日全面两孩政策落地以来,全市出生人数增长明显。根据市卫计委统计,2016年全市住院分娩14.69万人。\n\n" +
		"据介绍,某市生育政策执行有两个特点。一是出生增幅大,生育水平显著提高。2016年全市出生14.69万。二是二孩比例高。2016年全市户籍人口共出生二孩6.44万人,二孩占出生的比例达到54%。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]int{"63": 2017, "5.9": 2017, "54": 2016, "6.44": 2016}
	for _, f := range r.Figures {
		if y, ok := want[f.Raw]; ok && f.Year != y {
			t.Errorf("%s = %s%s dated %d, want %d", f.Label, f.Raw, f.Unit, f.Year, y)
		}
	}
}

// "2013年…率先…;今年,又把…经费投入1700余万元": the clause after the
// semicolon opens with 今年, the page's year, not the year the clause
// before named (made-up figures).
func TestThisYearAfterAClauseOfAnEarlierYear(t *testing.T) {
	text := "全国儿童预防接种日:适龄儿童可免费接种疫苗\n2016-04-25 某市日报\n" +
		"2013年某市率先实施了1~2岁儿童免费接种水痘疫苗,适龄儿童水痘发病率较之前下降29.8%;今年,又把增加免费疫苗剂次作为政府市办实事,经费投入1700余万元。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Raw == "1700" && f.Year != 2016 {
			t.Errorf("1700万元 dated %d, want 2016", f.Year)
		}
	}
}
