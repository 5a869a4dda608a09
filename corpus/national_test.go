package corpus

import (
	"strings"
	"testing"
)

// National documents and news of them: the place is 全国, the issuer the
// national body, a news report's title the document it reports on; a local
// report that quotes the centre stays local.
func TestNationalDocuments(t *testing.T) {
	tests := []struct {
		name, text           string
		title, place, issuer string
		notTitle             string
	}{
		{
			name: "news of a national bulletin",
			text: "本报北京8月29日电(记者 某某)国家卫生健康委29日发布的《2023年我国卫生健康事业发展统计公报》显示，全国医疗卫生机构总数107万个。\n" +
				"公报显示，我国卫生资源总量持续增长。全国每千人口执业(助理)医师3.40人。\n",
			title: "2023年我国卫生健康事业发展统计公报", place: NationalPlace, issuer: "国家卫生健康委",
		},
		{
			name: "news of a national bulletin on a local site with links below",
			text: "新华社北京7月12日电 国家卫生健康委员会12日发布的《2022年我国卫生健康事业发展统计公报》显示,孕产妇死亡率下降到15.7/10万。\n" +
				"统计公报显示,医疗卫生机构总诊疗人次84.2亿。\n责任编辑:某某\n" +
				"- 卫生健康人才来某州可享多项补助\n- 江门市出台卫生健康人才新政2023-06-07\n- 江门市亮出去年卫生健康工作成绩单2023-02-25\n",
			title: "2022年我国卫生健康事业发展统计公报", place: NationalPlace, issuer: "国家卫生健康委员会",
		},
		{
			name:  "a national text naming no body",
			text:  "2024年，我国在疾病控制领域精准发力。\n全国甲乙类传染病报告发病336.7万例。\n全国孕产妇产前检查率98.3%。\n",
			place: NationalPlace,
		},
		{
			name: "news of results that meet a plan's requirements",
			text: "5月30日,省卫生厅召开新闻发布会:2012年,甘肃孕产妇死亡率低于全国平均水平,达到《甘肃省妇幼保健工作规划(2011-2015年)》《甘肃省儿童发展规划2011-2020年》要求。\n" +
				"2012年,全省婴儿死亡率为7.25‰。\n",
			place: "甘肃省", notTitle: "甘肃省妇幼保健工作规划(2011-2015年)",
		},
		{
			name:  "news of results measured by a plan",
			text:  "5月30日,省卫生厅通报:全省孕产妇死亡率持续下降,《甘肃省妇幼保健工作规划》《甘肃省儿童发展规划》要求的指标提前完成。\n2012年,全省婴儿死亡率为7.25‰。\n",
			place: "甘肃省", notTitle: "甘肃省妇幼保健工作规划",
		},
		{
			name: "news of a national programme's office, named after the paper's credit",
			text: "农村学生平均身高逐年增长\n本报讯(记者 某某)近日,全国农村义务教育学生营养改善计划领导小组办公室会同中国疾病预防控制中心营养与健康所,对2012年以来的监测情况进行对比分析。\n" +
				"2021年监测数据显示:监测地区6—15岁学生生长迟缓率为2.3%,比2012年的8.0%下降了5.7个百分点。\n",
			title: "农村学生平均身高逐年增长", place: NationalPlace, issuer: "全国农村义务教育学生营养改善计划领导小组办公室",
		},
		{
			name:  "a county's news of a national notice naming it",
			text:  "近日,国家卫生健康委、国家中医药管理局联合发文,对表现突出的机构予以通报表扬。其中,我县2家基层医疗卫生机构榜上有名。\n此次上榜的我县基层医疗卫生机构,分别是广平镇中心卫生院、汉源中心卫生院。\n",
			place: "",
		},
		{
			name:  "news of a national bulletin by the commission's short name",
			text:  "中新网7月21日电 国家卫计委日前公布《2015年我国卫生和计划生育事业发展统计公报》。公报数据显示,2015年,全国医疗卫生机构总诊疗人次达77.0亿人次。\n2015年总诊疗人次中,基层医疗卫生机构43.4亿人次(占56.4%)。\n",
			title: "2015年我国卫生和计划生育事业发展统计公报", place: NationalPlace, issuer: "国家卫计委",
		},
		{
			name:  "a local report quoting the centre",
			text:  "2023年卫生局工作总结\n今年以来，全区卫生系统认真学习中共中央精神，获评全国文明单位，全国卫生城市复审通过，居全国前列。\n",
			title: "2023年卫生局工作总结",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse("n.txt", tt.text, Meta{}, Options{}).Reports[0]
			if tt.title != "" && r.Title != tt.title || r.Place != tt.place || r.Issuer != tt.issuer || tt.notTitle != "" && r.Title == tt.notTitle {
				t.Errorf("title %q place %q issuer %q; want %q %q %q", r.Title, r.Place, r.Issuer, tt.title, tt.place, tt.issuer)
			}
		})
	}
}

// The places a news page's links name below its article are not the
// article's.
func TestArticlePlaceIgnoresLinksBelow(t *testing.T) {
	text := "县卫健局召开年度工作会议\n3月5日，年度卫生健康工作会议召开，总结去年工作。会上通报，青田县家庭医生签约率达到62%，青田县下一步将继续推进医共体建设。\n" +
		"编辑：某某\n- 江门市卫生健康人才新政出台\n- 江门市去年卫生健康工作成绩单\n- 江门市召开医改推进会\n"
	r := Parse("n.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "青田县" {
		t.Errorf("place %q, want 青田县", r.Place)
	}
}

// A report opening on the documents it follows ("根据《条例》…和《…的通知》
// 相关要求") is none of them: its title, place and issuer are its own.
func TestFollowedDocumentsAreNoTitle(t *testing.T) {
	text := "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《广西壮族自治区人民政府办公厅关于做好2023年政府信息公开工作年度报告发布和报送工作的通知》相关要求," +
		"结合来宾市卫生健康委员会政府信息公开工作实际,现编制2023年政府信息公开工作年度报告。\n一、总体情况\n" +
		"2023年,我委在来宾市卫生健康委员会网站累计发布信息313条。\n"
	r := Parse("laibin.txt", text, Meta{}, Options{}).Reports[0]
	if strings.Contains(r.Title, "通知") || r.Place != "来宾市" {
		t.Errorf("title %q place %q: want the report's own, not the notice followed", r.Title, r.Place)
	}
}

// The Premier's report ("我代表国务院，向大会报告政府工作") is the country's,
// however often it names the capital (made-up text).
func TestSpeakerForStateCouncilIsNational(t *testing.T) {
	text := "各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\n\n一、2018年工作回顾\n\n北京冬奥会筹办工作有序推进，北京城市副中心建设加快，北京大兴国际机场建成。城乡居民基础养老金最低标准从每月70元提高到88元。\n"
	if r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]; r.Place != NationalPlace {
		t.Errorf("place %q, want %q", r.Place, NationalPlace)
	}
}

// A news lead counting from when a document took effect ("自2019年1月《…
// 方案》实施至2024年6月") reports what happened since: the document is neither
// its title nor its year (made-up figures).
func TestDocumentStartingASpanIsNoTitle(t *testing.T) {
	text := "从省财政厅获悉,自2019年1月《国家组织药品集中采购试点方案》实施至2024年6月,我省集中带量采购药品412种,累计节约医药费86.5亿元。\n药品集中带量采购有效缓解了群众看病贵问题。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	if strings.Contains(r.Title, "方案") || r.Year != 2024 || r.Kind == KindPlan {
		t.Errorf("title %q year %d kind %s: want no document's title, 2024, no plan", r.Title, r.Year, r.Kind)
	}
}

// An article saved with its site's furniture (sponsor lists under a label,
// a breadcrumb) has its headline right above its dateline: that is the
// title, however punctuated, and the place is the headline's.
func TestHeadlineAboveDateline(t *testing.T) {
	text := "《某某卫生报道》栏目\n\n协办单位:\n\n* 山东省千佛山医院\n\n* 四川大学华西医院\n\n当前位置: 主页 > 会议与资讯 >\n\n" +
		"与您的健康息息相关!江西省“十四五”卫生健康发展规划已公布\n\n发布日期:2021-10-21 00:20:33 来源:某某网 阅读量:\n\n" +
		"近日,《江西省“十四五”卫生健康发展规划》正式印发。《规划》提出到2025年,全省每万人口全科医生数3.2。\n"
	r := Parse("p.txt", text, Meta{}, Options{}).Reports[0]
	if !strings.HasPrefix(r.Title, "与您的健康息息相关") || r.Place != "江西省" {
		t.Errorf("title %q place %q: want the headline and 江西省", r.Title, r.Place)
	}
}

// News of a bulletin, put up the year after, counts the bulletin's year:
// its figures with no year of their own are of it.
func TestNewsOfABulletinCountsItsYear(t *testing.T) {
	text := "人均预期寿命再创新高\n\n2024-08-30 14:23来源: 某某晚报\n\n8月29日,国家卫生健康委发布《2023年我国卫生健康事业发展统计公报》。\n\n" +
		"根据《公报》,我国人均预期寿命达到78.6岁,婴儿死亡率下降到4.5‰。\n"
	r := Parse("n.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2023 {
		t.Errorf("report year %d, want the bulletin's 2023", r.Year)
	}
	for _, f := range r.Figures {
		if f.Raw == "4.5" && f.Year != 2023 {
			t.Errorf("婴儿死亡率 of %d, want 2023", f.Year)
		}
	}
}

// So does news of a yearly white paper ("(2023年度)" in its name).
func TestNewsOfAWhitePaperCountsItsYear(t *testing.T) {
	text := "云溪新闻网2024年8月10日讯 8月8日,健康云溪行动推进委员会办公室发布了《云溪市居民健康白皮书(2023年度)》。\n" +
		"云溪市基本公共卫生服务维持高水平。孕产妇产后访视率达98.03%。\n"
	r := Parse("n.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Raw == "98.03" && f.Year != 2023 {
			t.Errorf("产后访视率 of %d, want the white paper's 2023", f.Year)
		}
	}
}

// News of a government work report delivered to a people's congress
// reviews the year before the congress: its figures with no year are of
// that year; the report itself keeps its delivery year.
func TestNewsOfACongressReport(t *testing.T) {
	text := "某某网1月14日讯 1月14日上午,潍坊市第十八届人民代表大会第六次会议隆重开幕。市长代表市政府向大会作政府工作报告。" +
		"报告中提到,新创建4个省级区域医疗中心。\n在潍坊市2026年新办民生实事中提到,全面增强30处县域医疗服务次中心服务能力。\n"
	r := Parse("潍坊新闻.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2025 || r.PlanYear != 2026 {
		t.Errorf("year %d plan %d, want 2025 and 2026", r.Year, r.PlanYear)
	}
	report := Parse("2026年政府工作报告.txt", "2026年政府工作报告\n——2026年1月14日在潍坊市第十八届人民代表大会第六次会议上\n一、2025年工作回顾\n新创建4个省级区域医疗中心。\n", Meta{}, Options{}).Reports[0]
	if report.Year != 2026 {
		t.Errorf("the report itself: year %d, want its delivery year 2026", report.Year)
	}
}

// Bodies that spoke at the conference a news text reports are not its
// issuer, nor do they make its place.
func TestSpeakersAreNoIssuer(t *testing.T) {
	text := "本报讯 日前,市卫健委召开2023年全市卫生健康工作视频会,回顾总结2022年全市卫健工作,部署2023年重点任务。\n" +
		"2022年,全市新增床位1200张,推进健康泉州建设。\n会上,晋江市、南安市、安溪县卫健局及泉州市第一医院分别作典型发言。\n"
	r := Parse("q.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place == "安溪县" || strings.Contains(r.Issuer, "安溪") {
		t.Errorf("place %q issuer %q: a speaker taken for the issuer", r.Place, r.Issuer)
	}
}

// A page's metadata laid out one cell a line, its last key empty
// ("主题词"), stands above the title: the title is no value of that key.
func TestTitleAfterAnEmptyLastKey(t *testing.T) {
	text := "  • 索引号\n  • 0913-2023-0417015\n  • 发布机构\n  • 某市卫生健康委员会\n  • 发布日期\n  • 2023-04-17\n  • 主题词\n" +
		"某市卫生健康委员会2022年度项目绩效自评报告(春节慰问经费项目)\n\n一、自评结论\n慰问对象120人。\n"
	r := Parse("b.txt", text, Meta{}, Options{}).Reports[0]
	if !strings.Contains(r.Title, "2022年度项目绩效自评报告") || r.Year != 2022 {
		t.Errorf("title %q year %d", r.Title, r.Year)
	}
}

// A Traditional reprint with pinyin inside its words ("國(guó)家統(tǒng)計(jì)局")
// still names the national body that issued what it reports.
func TestNationalBodyThroughPinyinNotes(t *testing.T) {
	if got := NationalBody("新華社北京12月30日電 國(guó)家統(tǒng)計(jì)局12月30日發(fā)布的監(jiān)測(cè)報(bào)告顯示"); got != "国家统计局" {
		t.Errorf("NationalBody = %q, want 国家统计局", got)
	}
}

// An untitled disclosure report whose overview opens with a national body
// as its subject ("国家疾控局坚持以…") is that body's, the country's.
func TestReportSpokenByANationalBody(t *testing.T) {
	text := "当前位置:\n首页\n根据《中华人民共和国政府信息公开条例》(国务院令第711号)第五十条规定,编制本年度报告。\n一、总体情况\n" +
		"国家疾控局坚持以人民为中心,依法、及时发布政府信息,全年主动公开政府信息120条。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != NationalPlace || r.Issuer != "国家疾控局" {
		t.Errorf("place %q issuer %q, want 全国, 国家疾控局", r.Place, r.Issuer)
	}
}

// A national report that keeps saying 全国 is the country's though it names
// a city or two more than once (made-up text); a county's report that
// says 全国 less often than its own name stays the county's.
func TestNationalOverMostNamedPlace(t *testing.T) {
	national := "2024年药品流通行业运行报告\n2024年，全国药品流通市场销售规模略有增长。全国七大类医药商品销售总额29470亿元。" +
		"全国共有持证企业70.54万家。北京市销售额居前，北京市同比增长2.1%，北京市零售额同比增长1.8%。全国药品零售市场销售额6500亿元。\n"
	if p := Parse("x.txt", national, Meta{}, Options{}).Reports[0].Place; p != NationalPlace {
		t.Errorf("national report placed at %q", p)
	}
	county := "云阳县2024年卫生健康工作总结\n云阳县家庭医生签约率达到65%，高于全国平均水平。云阳县建成胸痛中心，全国首批。云阳县孕产妇死亡率为0，全国领先。\n"
	if p := Parse("x.txt", county, Meta{}, Options{}).Reports[0].Place; p != "云阳县" {
		t.Errorf("county report placed at %q", p)
	}
	if p := Parse("x.txt", "中华人民共和国2024年国民经济和社会发展统计公报\n国家统计局\n年末北京市常住人口2183万人，上海市2480万人，北京市…上海市…\n", Meta{}, Options{}).Reports[0].Place; p != NationalPlace {
		t.Errorf("中华人民共和国 bulletin placed at %q", p)
	}
}
