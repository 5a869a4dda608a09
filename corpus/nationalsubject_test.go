package corpus

import "testing"

// A page on a province quoting the country's figures with the country as
// the clause's subject: those figures, and the next clause's, are the
// country's; the province's own stay its own.
func TestCountryAsClauseSubject(t *testing.T) {
	text := "广东出生率位居前列\n去年我国出生人口902万人,出生率为6.39‰。分省份看,各地情况如何?\n" +
		"广东去年的人口出生率达到8.12‰,位居前列。全国文明城市创建经费9.1亿元。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"902": NationalPlace, "6.39": NationalPlace, "8.12": "广东省", "9.1": "广东省"}
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok && f.Place != p {
			t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
		}
	}
}

// The country opens a clause as its subject, not as a title or a rank the
// place earned, and another subject after it ends its reach.
func TestCountryClauses(t *testing.T) {
	for _, tt := range []struct {
		before string
		want   bool
	}{
		{"去年我国出生人口", true},
		{"去年我国出生人口902万人,出生率为", true},
		{"2023年全国孕产妇死亡率", true},
		{"全国首个", false},
		{"成功创建全国文明城市,全市", false},
		{"我国出生人口902万人,广东出生人口", false},
		{"全国共报告,全省", false},
	} {
		if got := countryClauses(tt.before); got != tt.want {
			t.Errorf("countryClauses(%q) = %v, want %v", tt.before, got, tt.want)
		}
	}
}

// A report's own word for its province ("我省") ends the country's reach
// and names the province, for the clauses after a semicolon too (made-up
// figures).
func TestOwnProvinceAfterTheCountry(t *testing.T) {
	text := "四川省“世界防治结核病日”主题宣传活动在自贡启动 “自贡经验”全省推广\n2022年,全国报告肺结核56万余例,我省报告4.2万例,居全国第3位;报告发病率50.77/10万,居全国第10位。\n" +
		"那么,自贡在这方面的工作做得如何?2022年自贡全市共报告结核病1171例,低于全省平均水平。自贡总结出结核病防控“自贡模式”。\n"
	r := Parse("t.txt", text, Meta{Org: "自贡市"}, Options{}).Reports[0] // a city's page
	want := map[string]string{"56": NationalPlace, "4.2": "四川省", "50.77": "四川省"}
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok && f.Place != p {
			t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
		}
	}
}

// A place within the report's that opens an earlier clause of a sentence
// as its subject ("从2018年起,石狮市行政区划内…,大病患者最高可报销40万元",
// on a page of 泉州市) is the subject of the clauses after it that name
// none (made-up page).
func TestSentenceSubjectPlaceWithinTheReports(t *testing.T) {
	text := "来源:泉州市人民政府办公室2017-09-22\n从泉州市医疗保障基金管理中心获悉,从2018年起,石狮市行政区划内现行的城镇居民基本医保将统一为城乡居民基本医疗保险,个人缴费标准为每人180元,大病患者最高可报销40万元。\n泉州市2018年各级财政补助不低于450元/人。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"180": "石狮市", "40": "石狮市", "450": "泉州市"}
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok && f.Place != p {
			t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
		}
	}
}

// A news report whose subject is a national body is the country's: not
// the place of the dateline before it (the reporter's desk), nor nobody's
// when only the day opens it (made-up reports).
func TestNationalBodyAfterDateline(t *testing.T) {
	for _, text := range []string{
		"某报客户端北京3月21日电(记者 张三)今天,国家医保局发布2024年医疗保障事业发展统计快报,其中享受门诊待遇总人次60亿人次。\n" +
			"记者注意到,住院享受待遇人次的增长幅度仅为4.48%。\n",
		"社会办医发展势头良好\n2015年12月17日 来源:健康报\n12月16日,国家卫生计生委规划与信息司相关负责人向记者透露,在建项目已超过120个。\n" +
			"截至2014年年底,民营医院床位数占医院床位数的16.9%。\n",
	} {
		if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Place != NationalPlace {
			t.Errorf("place %q, want %q: %.40s", r.Place, NationalPlace, text)
		}
	}
}
