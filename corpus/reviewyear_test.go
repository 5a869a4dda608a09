package corpus

import (
	"strings"
	"testing"
)

// A report on a sector's annual work conference reviews the year before
// the conference and sets the conference year's tasks; a review of a
// five-year plan printed early in the year after it ended is of that plan's
// last year.
func TestReviewYears(t *testing.T) {
	cases := []struct {
		name, text     string
		year, planYear int
		figureYear     int
	}{
		{"conference in the text", "去年,某市居民人均预期寿命78.41岁……昨日,2021年某市卫生健康工作会议召开,介绍了5年来的卫生健康工作,并部署今年卫生健康工作。\n\n千人均床位数达到5.8张。\n", 2020, 2021, 2020},
		{"conference of two fields", "1月21日,2025年全市卫生健康(中医药)工作会议召开,总结2024年全市卫生健康工作,部署2025年重点任务。\n会议指出,全市新建村卫生室20个。\n", 2024, 2025, 2024},
		{"conference in the title", "2021年某市卫生健康工作会议召开\n去年,某市居民人均预期寿命78.41岁。千人均床位数达到5.8张。\n", 2020, 2021, 2020},
		{"five-year review", "某市人均预期寿命达到78.12岁\n来源:某市日报\n2021-03-30 08:51\n“十三五”时期,全市卫生健康系统各项既定目标圆满完成。\n全市医疗机构达到8369个,千人口床位数达到6.2张。\n", 2020, 0, 2020},
		{"looking back, printed in February", "http://example.gov.cn/Content/logo.png\n某市卫生健康局局长 张三\n2024年02月19日\n过去一年,某市卫生健康系统坚持提档升级,2023年上半年市域内住院率涨幅位居全省第一。3家县级综合医院纳入国家“千县工程”。\n", 2023, 0, 2023},
		{"a late page about the year before", "某市再次获评健康城市样板市\n发布时间:2022-10-14 14:48:00来源: 某市日报\n近日,全国爱卫办印发《关于2021年度全国健康城市建设评价结果的通报》,某市获评样板市。\n2021年,某市紧紧围绕健康中国战略推进健康城市建设。\n某市森林覆盖率达到81.7%。\n", 2021, 0, 2021},
		{"January results naming only the year before", "某市卫计委\n\n发布时间: 2019-01-15 09:44:00 信息来源: 某市在线\n\n  两件为民实事项目超额完成。全市17388名怀孕妇女接受免费产前筛查。\n\n  2018年,我市传染病网络直报工作全省排名第一。\n", 2018, 0, 2018},
		{"January news planning the year", "某市卫计委\n\n发布时间: 2019-01-15 09:44:00 信息来源: 某市在线\n\n  2018年,我市传染病网络直报工作全省排名第一。\n\n  今年,全市新建村卫生室20个。\n", 2019, 0, 0},
		{"ten years up to the year before", "某市孕产妇死亡率下降至2.72/10万\n发布时间:2022-09-15 16:06:00来源: 某某新闻\n  2021年,某市孕产妇死亡率下降至2.72/10万,较2012年的10.72/10万降低75%。\n  10年间,某市孕产妇系统服务率由2012年的97.74%提高至2021年的99.34%,神经管缺陷发生率由2012年的0.88‰下降至2021年的0.73‰。\n", 2021, 0, 0},
		{"looking back by name, printed in January", "http://example.gov.cn/Content/logo.png\n▲张三回望2025年,某市卫生健康系统坚持以人民健康为中心,持续提升健康服务成色。推荐标准达标率47.58%;\n某市卫生健康局局长 张三\n2026年01月26日\n展望2026年,全市将新建村卫生室20个。\n", 2025, 0, 0},
		{"speaker's review after the news lead", "某市卫健委专场新闻发布会召开\n发布时间:2026-03-20 14:39:25\n3月19日下午,某市政府新闻办组织召开新闻发布会,介绍全市卫生健康事业有关情况。\n市卫生健康委主任张三介绍有关情况。他表示,2025年,在市委市政府的坚强领导下,全市卫健系统聚力突破。\n在乡村,1534家一体化村卫生室全部完成改造提升。\n", 2025, 0, 2025},
		{"news lead and a plan for the page's year", "某市卫健委专场新闻发布会召开\n发布时间:2026-03-20 14:39:25\n3月19日下午,某市政府新闻办组织召开新闻发布会。\n他表示,2026年,全市将新建村卫生室20个。\n", 2026, 0, 0},
		{"date run into the text", " date 2024-12-07 24日上午，某市举行新闻发布会。\n全市新增床位5200余张。\n", 2024, 0, 2024},
		{"an autumn page looking back to an earlier start", "某市召开老年人免费接种流感疫苗项目启动会\n发布时间:2020-09-08 来源:某市新闻网\n会上,局长结合我市2018年成功经验部署工作。\n我市自2018年成功实施老年人免费接种流感疫苗项目以来,今年计划接种约3.9万剂次。\n", 2020, 0, 0},
		{"news of an event, the year before in a speaker's words", "某区举办世界卫生日主题活动\n发布时间:2024-04-08 10:12:00\n4月7日,某区举办世界卫生日主题活动。\n副区长张三介绍,过去一年,某区联合三甲医院开展各类义诊58场次,为6000余人免费筛查。\n", 2024, 0, 2023},
	}
	for _, c := range cases {
		r := Parse("t.txt", c.text, Meta{}, Options{}).Reports[0]
		if r.Year != c.year || c.planYear > 0 && r.PlanYear != c.planYear {
			t.Errorf("%s: year %d plan year %d, want %d and %d", c.name, r.Year, r.PlanYear, c.year, c.planYear)
		}
		for _, f := range r.Figures {
			if f.Since == 0 && c.figureYear > 0 && f.Year != c.figureYear {
				t.Errorf("%s: %s = %s dated %d, want %d", c.name, f.Label, f.Raw, f.Year, c.figureYear)
			}
		}
	}
}

// A cover letter sending a report by name stands above it: the line that
// repeats the name is the title.
func TestCoverLetterTitle(t *testing.T) {
	text := "省政府办公厅:\n根据《中华人民共和国政府信息公开条例》要求,现报送《某省卫生健康委员会2023年政府信息公开工作年度报告》,请审核。\n某省卫生健康委员会\n2024年1月5日\n(此件主动公开)\n某省卫生健康委员会2023年政府信息公开工作年度报告\n一、总体情况\n全年及时公开本委文件226件。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某省卫生健康委员会2023年政府信息公开工作年度报告" || r.Year != 2023 {
		t.Errorf("title %q year %d, want the report's and 2023", r.Title, r.Year)
	}
}

// A page's bulleted menu items ("• 我的订阅") are no title.
func TestMenuItemsAreNoTitle(t *testing.T) {
	text := "• 我的订阅\n  • 国内\n\n奋进的某省·“十四五”答卷丨某省人均预期寿命达79.03岁\n\n类别:国内 发布时间:2025-11-25 08:05:00 来源:某省新闻网\n\n“十四五”时期,我省主要健康指标达到预期目标。全省人均预期寿命达79.03岁。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "奋进的某省·“十四五”答卷丨某省人均预期寿命达79.03岁" {
		t.Errorf("title %q", r.Title)
	}
}

// In a report on a work conference, a passage opening with the
// conference's year ("今年,…") is its plan.
func TestConferencePlanParagraph(t *testing.T) {
	text := "去年,某市居民人均预期寿命78.41岁……昨日,2021年某市卫生健康工作会议召开,并部署今年卫生健康工作。\n\n" +
		"今年,某市将加快推进甲县、乙县等县级中医医院标准化建设运营,提升中医药人才培养力度,改善母乳喂养环境,在公共场所和机关、企事业单位建立母婴室,整体提升市域医疗服务、公共卫生、应急救援、中医药服务五大能力,加快建设省级区域医疗中心,创成全国基层中医药工作示范市,推动卫生健康事业高质量发展。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 120}).Reports[0]
	found := false
	for _, c := range r.Chunks {
		if strings.HasPrefix(c.Text, "今年") {
			found = true
			if c.Year != 2021 || c.Kind != KindPlan {
				t.Errorf("plan passage dated %d %s, want 2021 plan", c.Year, c.Kind)
			}
		} else if c.Year != 2020 {
			t.Errorf("review passage %q dated %d, want 2020", c.Text[:30], c.Year)
		}
	}
	if !found {
		t.Error("no passage opens with 今年")
	}
}

// A summary's account of the year's meetings ("1月召开2024年全县卫生健康工作
// 会议") far into its text is no report on a conference.
func TestConferenceNamedInASummary(t *testing.T) {
	text := "某县卫生健康局工作总结\n发布日期:2024-12-20\n" + strings.Repeat("全年全县卫生健康系统认真落实各项工作任务，推进健康某县建设。", 12) +
		"1月召开2024年全县卫生健康工作会议，部署全年工作。全年完成家庭医生签约5.2万人。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2024 {
		t.Errorf("year %d, want 2024", r.Year)
	}
}

// A news report on a work conference under a title naming its tasks
// ("某区明确今年卫生健康十项重点任务") reviews the year before, then sets the
// conference year's tasks in a paragraph opening with that year.
func TestConferenceReportUnderATaskTitle(t *testing.T) {
	text := "某区明确今年卫生健康十项重点任务\n本报1月22日讯 1月21日,2026年全区卫生健康工作会议召开,全面总结2025年全区卫生健康工作成效,部署2026年重点工作。\n" +
		"据了解,2025年,我区医疗服务体系建设迈上新台阶。投入1.8亿元建设39个专科区域医疗中心。家庭医生重点人群签约率达81.62%。\n" +
		"2026年是“十五五”规划开局之年,全区将推动全人群签约率提升至55%以上。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	if r.Year != 2025 || r.PlanYear != 2026 || r.Kind != KindSummary {
		t.Errorf("year %d plan year %d kind %s, want 2025, 2026 and a summary", r.Year, r.PlanYear, r.Kind)
	}
	for _, f := range r.Figures {
		switch f.Raw {
		case "81.62", "39":
			if f.Year != 2025 || f.Kind != KindSummary {
				t.Errorf("%s dated %d %s, want 2025 summary", f.Raw, f.Year, f.Kind)
			}
		case "55":
			if f.Year != 2026 || f.Kind != KindPlan {
				t.Errorf("55%% dated %d %s, want 2026 plan", f.Year, f.Kind)
			}
		}
	}
}

// A sentence on what a meeting did ("会议全面总结…") is no title; a title on
// how this year's work will be done ("…工作这么干") is a plan's.
func TestMeetingSentenceIsNoTitle(t *testing.T) {
	text := "2026年某市卫生健康工作这么干\n2026年2月5日\n全市卫生健康工作会召开\n会议全面总结“十四五”时期及2025年\n全市卫生健康工作\n2026年,全市卫生健康领域重点抓好8个方面工作。居民健康素养达到38%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "2026年某市卫生健康工作这么干" || r.Kind != KindPlan || r.Year != 2026 {
		t.Errorf("title %q kind %s year %d, want the first line, plan, 2026", r.Title, r.Kind, r.Year)
	}
}

// A headline right under a page's source and date stamp is the title, and
// the year it opens with is the year the page reports, whenever it was put
// up.
func TestHeadlineUnderDateStamp(t *testing.T) {
	text := "来源: 某某问答网\n2024-05-19 20:35:14\n\n2023年全市卫生健康工作成效几何?请查收这份“健康某市”答卷\n\n2023年,我市完成医疗卫生领域建设项目7个,新增编制床位965张;\n\n柔性引进高层次人才36名,新增4类工作站35个;\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "2023年全市卫生健康工作成效几何?请查收这份“健康某市”答卷" || r.Year != 2023 {
		t.Errorf("title %q year %d, want the headline and 2023", r.Title, r.Year)
	}
	for _, f := range r.Figures {
		if f.Raw == "36" && f.Year != 2023 {
			t.Errorf("36名 dated %d, want 2023", f.Year)
		}
	}
}

// A 工作大会 is a work conference too, its sentence closed by "。": the
// report reviews the year before it.
func TestConferenceCalledDahui(t *testing.T) {
	text := "鄂城区召开工作大会推进卫生健康事业高质量发展\n2月10日,鄂城区召开2025年卫生健康工作大会。\n" +
		"会议指出,全区卫生健康工作取得成效明显。会上集中通报表扬全区14家先进单位、20名先进个人。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2024 || r.PlanYear != 2025 {
		t.Errorf("year %d, plan year %d; want 2024, 2025", r.Year, r.PlanYear)
	}
}

// In a report on a work conference, a paragraph on what the conference
// asked for ("会议强调,要…") is the plan of the conference's year.
func TestConferenceDemandsAreItsPlan(t *testing.T) {
	text := "2023年全市卫生健康工作会议召开\n4月6日,2023年全市卫生健康工作会议召开。会议总结了2022年全市卫生健康工作。\n\n" +
		"会议强调,要创新思路和举措,开展患者体验提升、“一老一小”关爱、改善硬件条件、医疗信息化支撑“四大行动”,推动卫生健康事业高质量发展。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	found := false
	for _, c := range r.Chunks {
		if strings.HasPrefix(c.Text, "会议强调") {
			found = true
			if c.Year != 2023 || c.Kind != KindPlan {
				t.Errorf("the conference's demands dated %d %s, want 2023 plan", c.Year, c.Kind)
			}
		}
	}
	if !found {
		t.Error("no passage opens with 会议强调")
	}
	// A speaker named before, asking as 她 or 他.
	text = "某县2025年全县卫生健康工作会议召开\n4月11日上午,某县2025年全县卫生健康工作会议召开,副县长王静出席会议并讲话。\n\n" +
		"王静在讲话中充分肯定了全县卫生健康系统2024年取得的成绩。\n\n" +
		"她强调,要深化改革,聚力推动公立医院高质量发展,提升核心诊疗硬实力,擦亮群众满意金招牌。\n"
	r = Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	found = false
	for _, c := range r.Chunks {
		if strings.HasPrefix(c.Text, "她强调") {
			found = true
			if c.Year != 2025 || c.Kind != KindPlan {
				t.Errorf("the speaker's demands dated %d %s, want 2025 plan (report %d, plan %d)", c.Year, c.Kind, r.Year, r.PlanYear)
			}
		}
	}
	if !found {
		t.Error("no passage opens with 她强调")
	}
}

// "自2020年抗击新冠肺炎疫情以来" opens a period up to the report's date:
// the counts after it are as of the report's year, since 2020.
func TestSinceYearNamedBeforeYilai(t *testing.T) {
	text := "某县开展新冠疫苗接种督导\n发布时间:2021-09-30\n自2020年抗击新冠肺炎疫情以来,某县建立起13家接种点,截至9月26日,全县累计接种485121剂,库存疫苗为11211剂。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Year != 2021 {
			t.Errorf("%s = %s dated %d, want 2021", f.Label, f.Raw, f.Year)
		}
	}
}

// A sentence opening with 其中 names its parts of the people by the
// measure of the sentence before: "人均期望寿命为83.54岁,较去年上升0.5岁。
// 其中男性81.23岁" is 男性人均期望寿命.
func TestPopulationPartsAfterSentence(t *testing.T) {
	text := "某市2018年居民健康状况\n分析统计数据显示,某市2018年人均期望寿命为83.54岁,较去年上升0.5岁。其中男性81.23岁,女性85.87岁。\n"
	got := map[string]string{}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		got[f.Raw] = f.Label
	}
	if got["81.23"] != "男性人均期望寿命" || got["85.87"] != "女性人均期望寿命" {
		t.Errorf("labels %v", got)
	}
}

// A year work is carried into ("余8件转2023年度办理") is the year after the
// report's, when the report names no other.
func TestCarriedIntoYearAfter(t *testing.T) {
	text := "某市卫生健康委员会政府信息公开工作年度报告\n一、总体情况\n通过委网站主动公开信息4751条。受理政府信息公开申请86件,办理完成78件,余8件转2023年度办理。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Year != 2022 {
		t.Errorf("year %d, want 2022", r.Year)
	}
}

// "2024年转入2025年办结" in a report of 2025 counts in 2025 what came
// from 2024: the year the work came into is the report's own.
func TestCarriedFromYearBefore(t *testing.T) {
	text := "某区卫生健康委员会政府信息公开工作年度报告\n一、总体情况\n2025年,我委主动公开政府信息共计487条。受理依申请公开共计8件,办结10件(含2024年转入2025年办结2件)。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Year != 2025 {
		t.Errorf("year %d, want 2025", r.Year)
	}
}

// A headline that exclaims may hold a comma, and a layout table's bar at
// its end is no part of it: it is the title, and its half year the period.
func TestExclaimingHeadlineWithACommaAndABar(t *testing.T) {
	text := "某市紧急救援中心2023上半年120呼叫数据公布,请注意! |\n文章来源: 中心办公室 发布时间:2023-07-18 浏览:891 次 |\n某市紧急救援中心主要承担…工作。2023年上半年,市120指挥调度中心共接听120呼入电话77869次。\n"
	r := Parse("03_120.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某市紧急救援中心2023上半年120呼叫数据公布,请注意!" || r.Period != PeriodFirstHalf {
		t.Errorf("title %q period %q", r.Title, r.Period)
	}
}

// A headline whose exclamation stands inside it ("免费接种!某市全面开展…")
// is the title, above the article's first paragraph.
func TestHeadlineExclaimingInside(t *testing.T) {
	text := "免费接种!某市全面开展2024年度适龄女生HPV疫苗接种工作\n近期,某市正式启动了2024年“免费为适龄女生接种人乳头瘤病毒疫苗”民生实事,凡具有某市学籍的女生均可免费接种。\n\n为推进接种工作顺利开展,某市卫健委与市教体局联合印发了通知,并在市妇幼保健院接种门诊率先启动。\n"
	r := Parse("04_hpv.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "免费接种!某市全面开展2024年度适龄女生HPV疫苗接种工作" {
		t.Errorf("title %q", r.Title)
	}
}
