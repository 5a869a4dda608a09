package corpus

import "testing"

// A title's venue ("…新闻发布会在南宁举办") is where an event was held, not
// the place the report is about.
func TestVenueIsNoTitlePlace(t *testing.T) {
	if got := titlePlace("“奋进新征程健康广西这十年”新闻发布会在南宁举办"); got != "广西壮族自治区" {
		t.Errorf("titlePlace = %q, want 广西壮族自治区", got)
	}
	if got := titlePlace("南宁市卫生健康工作会议召开"); got != "南宁市" {
		t.Errorf("titlePlace = %q, want 南宁市", got)
	}
}

// A headline opening with a city's short form before a colon reports from
// that city ("张家口：…"), though the body names the capital it works with
// and a body of the capital signs in it.
func TestDatelinePlaceOfAHeadline(t *testing.T) {
	text := "张家口:念好“绿字经” 张垣面貌新\n与北京建立大气污染治理联防联控机制,实现北京、张家口的空气质量数据共享。\n" +
		"2015年,北京市卫健委、河北省卫健委和张家口市政府签署《京冀张医疗卫生协同发展框架协议》。北京14家知名医院与张家口医院展开合作。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Place != "张家口市" {
		t.Errorf("place %q, want 张家口市", r.Place)
	}
}

// A report on a work conference is the host's, named before the
// conference, whatever capital's hospitals it goes on to name; 雄安新区 (set
// up in 2017) is in the gazetteer.
func TestConferenceHostIsThePlace(t *testing.T) {
	text := "长城网讯 2月14日,记者从雄安新区2025年卫生健康工作会议上获悉,疏解医院项目正稳步推进。北京大学人民医院雄安院区项目已获批复;北京协和医院国家医学中心建设有序推进。" +
		"2024年,雄安宣武医院开展手术2171台。已有6家在京三甲医院确定建设雄安院区,分别为北京大学人民医院、北京协和医院等。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Place != "雄安新区" {
		t.Errorf("place %q, want 雄安新区", r.Place)
	}
}

// A clause opening with the whole province (全省) counts for the province,
// though the report is a county's; one that only ranks the county there
// (位居全省, 全省率先), or a county-level city's own 全市, stays the
// county's.
func TestWholeAreaClause(t *testing.T) {
	for _, tt := range []struct{ place, before, want string }{
		{"巨鹿县", "截至2025年年底,全省140个县(市、区)共组建紧密型县域医共体185个,覆盖", "河北省"},
		{"巨鹿县", "我县紧密型医共体建设多年来一直位居全省", "巨鹿县"},
		{"海宁市", "全市门急诊", "海宁市"},
		{"临泉县", "全市新建村卫生室", "阜阳市"},
		{"平潭县", "全省率先揭牌成立劳动者权益保障中心，成立调解中心，正式上线就业服务平台，", "平潭县"},
		{"平潭县", "全省首个县级数据中心投入使用，", "平潭县"},
	} {
		if got := wholeAreaOf(tt.place, tt.before); got != tt.want {
			t.Errorf("wholeAreaOf(%s, %q) = %s, want %s", tt.place, tt.before, got, tt.want)
		}
	}
}

// A paragraph that opens with a place ("广西…。全区建成社区医院…") gives its
// whole-area clauses that place, though the page is filed under another
// (a news page whose title names a city elsewhere); a paragraph opening
// with no place of the kind leaves them the report's.
func TestWholeAreaOfTheParagraphsPlace(t *testing.T) {
	text := "上海某景区开业 再添文旅新地标\n" +
		"广西基层医疗卫生机构达标率持续提升。全区建成社区医院118家,比上年增加12家。\n" +
		"我们也关注到,全区新开放景点20个。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		want := "上海市"
		if f.Unit == "家" {
			want = "广西壮族自治区"
		}
		if f.Place != want {
			t.Errorf("%s %v%s: place %q, want %q", f.Label, f.Value, f.Unit, f.Place, want)
		}
	}
}

// A title's meeting of a whole area held at a venue ("2026年全区卫生健康工作
// 会议在呼和浩特市召开") is the area of that kind holding the venue; a spam
// mirror's banners ("澳门在线赌场") and its column label ("新闻发布") are no
// title and name no place.
func TestWholeAreaMeetingAtAVenue(t *testing.T) {
	text := "澳门在线赌场\n泛目录+镜像 2026年全区卫生健康工作会议在呼和浩特市召开-新闻发布_ 澳门赌场网站\n新闻发布\n" +
		"2026年全区卫生健康工作会议在呼和浩特市召开\n发布时间: 2026-01-22 09:45\n" +
		"1月21日,2026年全区卫生健康工作会议在呼和浩特召开。会议总结2025年全区卫生健康工作成效,安排部署2026年重点任务。全区人均预期寿命达到78.5岁。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "2026年全区卫生健康工作会议在呼和浩特市召开" {
		t.Errorf("title %q", r.Title)
	}
	if r.Place != "内蒙古自治区" {
		t.Errorf("place %q, want 内蒙古自治区", r.Place)
	}
	if got := wholeAreaMeeting("2023年全省卫生健康工作会议在西宁召开"); got != "青海省" {
		t.Errorf("wholeAreaMeeting = %q, want 青海省", got)
	}
}

// A text declaring whose it is ("结合资阳区实际情况制定本方案") is that place's,
// though it names the city office that issued the lists it follows.
func TestDeclaredOwnPlace(t *testing.T) {
	text := "一、实施方案出台的背景和目的\n2025年1月益阳市人民政府办公室印发了《益阳市落实人均预期寿命提升行动计划主要目标责任清单》(益政办函〔2025〕5号),结合资阳区实际情况制定本方案。\n" +
		"二、总体目标\n到2027年,全区人均预期寿命达到80岁。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Place != "资阳区" {
		t.Errorf("place %q, want 资阳区", r.Place)
	}
	if got := declaredOwnPlace("结合我县实际,特制定本规划。"); got != "" {
		t.Errorf("declaredOwnPlace = %q for a text naming no place", got)
	}
}

// The paragraph's place may follow its year ("2020年,衡阳市、县两级…"): a
// whole-area clause later in it ("全市监督覆盖率达92.9%") is that city's,
// not the county-level city whose media filed the page (made-up numbers).
func TestWholeAreaOfAParagraphOpeningWithItsYear(t *testing.T) {
	text := "耒阳市融媒体中心讯\n衡阳市2021年卫生健康综合监督工作会议在我市召开。\n" +
		"2020年,衡阳市、县两级卫生健康监督机构共办理案件512起,全市监督覆盖率达91.5%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Unit == "%" && f.Place != "衡阳市" {
			t.Errorf("%s %v%s: place %q, want 衡阳市", f.Label, f.Value, f.Unit, f.Place)
		}
	}
}

// A clause opening with several places of one area ("哈尔滨、大庆等地3家
// 医院…") is the area's, not the first place's (made-up numbers).
func TestClauseOpeningWithSeveralPlaces(t *testing.T) {
	text := "黑龙江省精神卫生工作情况\n在专业资源方面,哈尔滨、大庆等地4家医院纳入国家级临床重点专科项目建设单位。齐齐哈尔市新建心理门诊5个。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		want := "黑龙江省"
		if f.Raw == "5" {
			want = "齐齐哈尔市"
		}
		if f.Place != want {
			t.Errorf("%s %s: place %q, want %q", f.Label, f.Raw, f.Place, want)
		}
	}
}
