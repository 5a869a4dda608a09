package understand

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
)

var asked = time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)

func TestFilters(t *testing.T) {
	cases := []struct {
		q      string
		years  []int
		kind   corpus.Kind
		place  string
		period string
	}{
		{q: "2023年家庭医生签约率是多少？", years: []int{2023}},
		{q: "今年公布的医院国考里，参评的中医类医院有多少所？", years: []int{2024, 2025, 2026}},         // results come out after their year
		{q: "北大人民医院派到于都的专家，一共做了多少台手术？", kind: corpus.KindSummary, place: "于都县"}, // what the people sent did there
		{q: "四川去年人均预期寿命多少岁？", years: []int{2025}, place: "四川省"},
		{q: "宁夏今年卫生方面打算干啥？", years: []int{2026}, kind: corpus.KindPlan, place: "宁夏回族自治区"},
		{q: "这两年（2022、2023）床位有什么变化", years: []int{2022, 2023}},
		{q: "2021至2023年的传染病发病率", years: []int{2021, 2022, 2023}},
		{q: "二〇二三年上半年做了哪些工作", years: []int{2023}, kind: corpus.KindSummary, period: corpus.PeriodFirstHalf},
		{q: "全年门诊2023人次", years: nil},                                       // a count, not a year
		{q: "计划免疫接种率多少", years: nil, kind: ""},                              // 计划免疫 is not a plan
		{q: "廊坊在跟北京天津搞医疗合作这块干了些啥？", kind: corpus.KindSummary, place: "廊坊市"}, // the first place named is the subject, its partners after 跟
		{q: "白云县家庭医生签约率", place: "白云县"},                                     // as written: the gazetteer has another 白云
		{q: "柳江县参加新农合的农民一共多少人", place: "柳江区"},                               // the county made a district
		{q: "南陵县卫健委去年做了什么", years: []int{2025}, kind: corpus.KindSummary, place: "南陵县"},
		{q: "历年的人均预期寿命", years: nil},
		{q: "县医院新院区扩建完了床位能开多少张？", kind: corpus.KindPlan}, // the level once built is planned
		{q: "驻马店今年宫颈癌筛查全年任务是多少人？", years: []int{2026}, kind: corpus.KindPlan, place: "驻马店市"},
		{q: "重庆人均预期寿命比2020年提高了多少？", years: nil, kind: corpus.KindSummary, place: "重庆市"}, // a base year, not the year asked
		{q: "2025年床位数较2020年增长多少", years: []int{2025}},
		{q: "阿坝州老百姓的健康素养跟2016年比涨了多少？", years: nil, kind: corpus.KindSummary, place: "阿坝藏族羌族自治州"},           // 跟…比: a base year
		{q: "新疆从2016年开始搞全民免费体检，头三年自治区一共往里投了多少钱？", years: nil, kind: corpus.KindSummary, place: "新疆维吾尔自治区"}, // a period's start, not the year asked
		{q: "建平县医院从2010年搞白内障免费复明以来，一共给多少人做过？", years: nil, kind: corpus.KindSummary, place: "建平县"},         // the start of what has been done since, not the year asked
		{q: "从2022年起付线降到多少？", years: nil},                                                                  // 起 right after the year starts the period
		{q: "上半年总结会上，下半年要重点抓哪几方面？", kind: corpus.KindPlan, period: corpus.PeriodSecondHalf},                // the half asked is the last
		{q: "天津那40项考核指标，有几项已经提前够上2030年的目标了？", years: nil, place: "天津市"},                                    // a goal reached, not a year asked
		{q: "2030年的目标是多少？", years: []int{2030}, kind: corpus.KindPlan},
		{q: "龙南市城乡居民医保上年结余还有多少万？", years: nil, place: "龙南市"}, // 上年结余 is a measure, no year
		{q: "四川十四五期间医疗卫生方面取得了哪些成绩？", years: []int{2021, 2022, 2023, 2024, 2025}, kind: corpus.KindSummary, place: "四川省"},
		{q: "这五年医疗服务有哪些成果", years: []int{2021, 2022, 2023, 2024, 2025}},
		{q: "“十三五”时期床位数", years: []int{2016, 2017, 2018, 2019, 2020}},
		{q: "十一五末全国人均预期寿命到了多少岁？", years: []int{2010}, kind: corpus.KindSummary, place: "全国"},
		{q: "“十二五”期末床位数", years: []int{2015}},
		{q: "健康舟山微信平台2024年发了多少篇稿子？", years: []int{2024}, kind: corpus.KindSummary, place: "舟山市"}, // a city's short form alone; 发了: a result
		{q: "青海人均预期寿命实际达到多少岁？不要目标值", kind: corpus.KindSummary, place: "青海省"},                     // a plan word negated
		{q: "青海人均预期寿命的目标值是多少", kind: corpus.KindPlan, place: "青海省"},
		{q: "梓潼县2024年给小孩做窝沟封闭，上面定的任务是多少颗？", years: []int{2024}, kind: corpus.KindPlan, place: "梓潼县"}, // the task set: a goal
		{q: "双峰县2020年新生儿耳聋基因筛查任务定了多少人？", years: []int{2020}, place: "双峰县"},                           // the task set, though 了 reads as a result: no kind
		{q: "湖南2019年全省农村改厕一共派了多少户的任务？", years: []int{2019}, kind: corpus.KindPlan, place: "湖南省"},     // the task handed down: a goal
		{q: "全国2014年县级公立医院综合改革试点要扩到多少个县？", years: []int{2014}, kind: corpus.KindPlan, place: "全国"},   // a level to be reached
		{q: "宁夏下一步人均预期寿命争取提到多少岁？", kind: corpus.KindPlan, place: "宁夏回族自治区"},                          // a level striven for
		{q: "2023年老百姓在医院住一次院平均要花多少钱？", years: []int{2023}},
		{q: "2018年报告里说全国人均预期寿命到多少岁了？", years: []int{2017, 2018}, place: "全国"},                     // the report reviews the year before
		{q: "全国2012年报告的注释里说，新农合参合率到多少了？", years: []int{2011, 2012}, kind: "summary", place: "全国"}, // a note of the report
		{q: "全国2013年的报告说，咱们人均预期寿命到多少岁了？", years: []int{2012, 2013}, place: "全国"},
		{q: "去年民生这块总体干得咋样？", years: []int{2025}, kind: "summary"},
		{q: "浙江长护险去年新增了多少参保人？", years: []int{2025}, kind: corpus.KindSummary, place: "浙江省"},
		{q: "中山医院的床位有多少"}, // a hospital, not 中山市
		{q: "天台去年急救网络怎么建的", years: []int{2025}, kind: corpus.KindSummary, place: "天台县"},       // a county's short form opening the question, then its time; 怎么建的 asks what was done
		{q: "在天台上晾晒的被子", years: nil},                                                          // not opening the question: no place
		{q: "卫滨区这个月疫情防控是怎么抓的？", kind: corpus.KindSummary, place: "卫滨区"},                       // 这个月 is time; 怎么抓的 asks what was done
		{q: "当年打击假药我们搞了什么行动？", years: nil, kind: corpus.KindSummary},                          // 当年: back then, not this year
		{q: "四川上个月丙类传染病一共报了多少例？", years: []int{2026}, kind: corpus.KindSummary, place: "四川省"}, // the month before now
		{q: "重庆1月乙类传染病比上月涨了多少？", years: nil, kind: corpus.KindSummary, place: "重庆市"},          // 比上月 is the base
	}
	for _, c := range cases {
		f := Filters(c.q, asked)
		if !slices.Equal(f.Years, c.years) || f.Kind != c.kind || f.Place != c.place || f.Period != c.period {
			t.Errorf("Filters(%q) = years %v kind %q place %q period %q; want %v %q %q %q",
				c.q, f.Years, f.Kind, f.Place, f.Period, c.years, c.kind, c.place, c.period)
		}
	}
}

func TestTopic(t *testing.T) {
	cases := map[string]string{
		"四川去年人均预期寿命多少岁？":                "人均预期寿命 岁",
		"青海那个筛查项目，早诊率现在做到多少了？":          "筛查项目 早诊率",    // 做到多少 asks the level reached
		"广东去年一年城镇新增就业有多少人？":             "城镇新增就业 人",    // 去年一年: the year stressed, no topic word
		"2023年一年级新生体检人数":                "一年级新生体检人数",   // a grade
		"凤台那个狂犬疫苗的事出来以后，县里先采取了啥措施？":     "凤台 狂犬疫苗 县里先", // the event, not what came after or the ask
		"清徐县去年一共打了多少剂新冠疫苗？":             "打 新冠疫苗",      // 剂 is the counter
		"吉阳区去年办了多少场健康讲座？":               "办 健康讲座",      // 场 is the counter
		"甘肃去年像流感、腮腺炎这一类（丙类）的病一共报了多少？":   "丙类的病 报",      // the examples' class
		"去年接种了多少剂次":                     "接种 剂次",
		"宜春市2024年有哪些医院挂牌或者合作了？":         "医院挂牌 合作",
		"宁夏今年卫生方面打算干啥？":                 "卫生",
		"南陵县卫健委2023年家庭医生签约率是多少":         "家庭医生签约率",
		"四川去年在医疗卫生方面做了哪些工作？":            "医疗卫生",
		"陕西2026年医疗方面有哪些重点任务？":           "医疗 重点任务",
		"句容推进健康融入所有政策有哪些保障措施？":          "句容推进健康融入所有政策 保障措施",
		"重庆这五年医疗服务有哪些成果？":               "医疗服务",
		"宁夏去年在改善医疗服务上做了些什么？":            "改善医疗服务",
		"安徽今年医疗卫生工作怎么部署的？":              "医疗卫生",
		"江苏今年建设健康江苏有哪些打算？":              "建设健康江苏", // a campaign's name keeps its place
		"云南去年民生保障上都干了些啥？":               "民生保障",   // a particle after a postposition
		"安徽今年社保这块有哪些硬招？":                "社保",     // 硬招 are measures
		"安徽今年医保那一块有哪些硬招？":               "医保",
		"沈阳卫健委今年主要在哪几个工程上发力？":           "工程",            // 发力: where the effort goes
		"达州今年二季度出院人次比去年同期涨了多少？":         "出院人次",          // the quarter and 同期 are times
		"宜宾今年春节120一共派了多少次车？":            "春节120 派车",      // the count between the verb and its object
		"连南县截到8月19号累计做了多少份核酸？":          "核酸",            // a date with 截到, and 份 counting it
		"柴桑区今年8月的传染病发病数比7月涨了多少？":        "传染病发病数",        // the time compared with, 比 and all, is no measure
		"西藏医院门诊量跟以前比涨了多少？":              "医院门诊量",         // before, as any earlier time
		"宝应县到2025年老人家定期体检管理要覆盖到多少？":     "老年人定期体检管理 覆盖到", // 老人家, no pronoun 人家
		"开封市卫健委2019年工作总结里说坚持的三个导向是哪三个？": "坚持的三个导向",       // the document and which-of-three asked
		"上半年总结会上，下半年重点抓哪几方面？":           "总结",            // the meeting, by what it was about
		"江西健康融入所有政策那个意见里，中医药文化这块都有啥措施？": "健康融入所有政策 中医药文化",
		"看病报销比例提高了多少（山东）？":              "看病报销比例提高",
		"江西2022年末注册护士有多少人？":             "注册护士 人", // a year's end is time, not topic
		"去年年底床位有多少张":                    "床位 张",
		"万载县2022年一共有多少张床？":              "床位",        // a classifier belongs to the number
		"高明区今年打算给多少个3到6岁小孩做涂氟？":         "3到6岁小孩做涂氟", // also before an age
		"2018年全国要完成多少棚户区改造？":            "棚户区改造",     // 全国 is the place
		"首都的医院有多少家？":                    "首都的医院 家",   // 都 of a word stays
		"西藏今年卫生健康上主要抓哪几件事？":             "卫生健康",
		"宁夏去年低保每个月涨了多少钱？":               "低保每月",
		"重庆到2030年在老百姓健康上定的啥目标？":         "老百姓健康 目标",
		"四川养老保险参保率现在到多少了？说个数就行":         "养老保险参保率",        // a request for brevity is no topic, nor 现在
		"健康规划里那几条原则是啥？":                 "健康 原则",          // 那几条 and 是啥 ask, they are no topic
		"十四五健康规划里2025年要盯哪些健康指标？说几个":     "健康 健康",          // the indicators as such are asked: no topic word
		"这个月疫情防控是怎么抓的？":                 "疫情防控",           // a month is time; 是怎么…的 asks how
		"廊坊在跟北京天津搞医疗合作这块具体干了些啥？":        "医疗合作",           // 跟 left alone says nothing
		"卫健局对外公开的东西是怎么把关的？":             "卫健局对外公开 把关",     // 对外 is a word; 的东西 is filler
		"一千个人里差不多有几个人去献了血？":             "每千人口 人去献了血",     // 差不多 and 有几 ask
		"卫健局2025年对外一共发了多少条信息？":          "卫健局 发布信息 信息",    // 对外 alone says how, not what; "发了多少条" is 发布信息
		"雅安去年以来那批重大康养项目，实际已经投进去多少钱了？":   "重大康养项目 实际已经投进去", // "以来" goes with 去年, "那批" points
		"那些项目加起来总共投了多少钱？":               "项目 总投资",         // 加起来 asks a total, like 一共; "投了多少钱" is 总投资
		"南平市开会说今年卫生健康重点抓哪几样？":           "卫生健康",           // where it was said is no topic
		"规划里提到的医联体建设有啥进展？":              "医联体建设",
		"今年开了几次会议？":                     "开了几次会议", // a meeting asked about stays
		"喀什地区今年健康中国行动都干了哪些事？":           "健康中国行动", // 都 after a name is no part of it
		"喀什地区今年推健康中国行动都干了哪些事？":          "健康中国行动", // 推 is 推进, said short
		"今年推进医改有啥新招？":                   "推进医改",
		"十四五规划里，到时候人均能活到多少岁算达标？":        "人均能活到 岁",  // 到时候 is time, 算达标 asks
		"一千个人里头平均能有几个护士？":               "每千人口 护士",  // the base of population as the reports write it, no numeral asked
		"县医院都搞了哪些专科联盟？":                 "县医院 专科联盟", // 都 and the light verb after it
		"茅箭区平时医改是怎么准备的？":                "医改",       // 平时 is time; 准备 asks a plan
		"你好": "你好", // nothing but question words: kept whole
	}
	for q, want := range cases {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestParseIndicators(t *testing.T) {
	cases := map[string]string{
		"看一次门诊要花多少钱":     "outpatient_cost_per_visit",
		"陕西每千人有几个医生":     "physicians_per_1000",
		"南陵去年家庭医生签约率":    "family_doctor_signing_rate",
		"合肥平均一千口人摊到几个护士": "nurses_per_1000", // 口人 as people are counted
	}
	for q, want := range cases {
		if got := Parse(q, asked).Indicators; len(got) == 0 || got[0] != want {
			t.Errorf("Parse(%q).Indicators = %v, want %s first", q, got, want)
		}
	}
	if got := Parse("火星基地的伙食标准", asked).Indicators; len(got) != 0 {
		t.Errorf("no indicator expected, got %v", got)
	}
}

func TestIntentAndList(t *testing.T) {
	cases := []struct {
		q      string
		intent Intent
		list   bool
	}{
		{"2023年家庭医生签约率是多少？", IntentFigure, false},
		{"去年在慢性病防控方面做了哪些工作？", IntentQuestion, true},
		{"帮我起草2025年工作计划中疾病预防控制部分的提纲", IntentDraft, false},
		{"人均预期寿命这几年是怎么变化的？", IntentTrend, false},
		{"泰顺县卫健局去年主动公开了几条政府信息？", IntentFigure, false}, // 几 and a counter
		{"富顺县去年卫生项目总投资是多大的盘子？", IntentFigure, false},  // 多大的盘子: how big an amount
		{"这次行动有哪几条措施？", IntentQuestion, true},
		{"全国2015年居民医保财政补助每人每年提到多少？", IntentFigure, false}, // a unit, not a trend
		{"居民医保财政补助每年的变化", IntentTrend, false},
		{"哈尔滨2020年住院病人满意度？", IntentFigure, false}, // a measure named, no question word
		{"宁夏这两年人均寿命到多少岁了？", IntentFigure, false},  // the level reached, not year by year
		{"这几年每千人口医师从多少涨到了多少？", IntentTrend, false},
		{"某区去年一张病床一年轮换了几拨病人？", IntentFigure, false},        // 几 and a counter of groups
		{"某省去年看病花的钱里面，老百姓自己掏腰包的占几成？", IntentFigure, false}, // a share in tenths
		{"海兴县中医院迁建那个项目建筑规模多大？", IntentFigure, false},       // a size
		{"规划里要盯哪些健康指标？说几个", IntentQuestion, true},          // 说几个: a few of the items, not a count
		{"华岩镇卫生院看病用的房子有多大？", IntentFigure, false},          // 有多大: a size
		{"市立医院分几个院区，都叫啥？", IntentQuestion, true},           // the names, not the count
	}
	for _, c := range cases {
		if got := DetectIntent(c.q); got != c.intent {
			t.Errorf("DetectIntent(%q) = %s, want %s", c.q, got, c.intent)
		}
		if got := WantsList(c.q); got != c.list {
			t.Errorf("WantsList(%q) = %v, want %v", c.q, got, c.list)
		}
	}
}

func TestWhichVerb(t *testing.T) {
	for q, want := range map[string]string{
		"浙江今年卫生健康现代化建设要加快推动哪几个方面？": "加快推动",
		"打算新建哪些医院？": "新建",
		"有哪些措施":     "",
	} {
		if got := WhichVerb(q); got != want {
			t.Errorf("WhichVerb(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestFitUnit(t *testing.T) {
	// "多少人" asks a count: a rate indicator read loosely from the words
	// is not what is asked.
	q := "给城乡居民免费体检多少人"
	if ids := FitUnit([]string{"elderly_health_mgmt_rate", "health_workers"}, AskedUnit(q)); !slices.Equal(ids, []string{"health_workers"}) {
		t.Errorf("FitUnit for %q = %v", q, ids)
	}
	// "多少人" is no count of institutions or beds; "几个" may count people.
	if ids := FitUnit([]string{"community_health_centers", "beds_total", "health_workers"}, AskedUnit("练塘社区卫生服务中心编制是多少人")); !slices.Equal(ids, []string{"health_workers"}) {
		t.Errorf("FitUnit for people = %v", ids)
	}
	if ids := FitUnit([]string{"physicians_per_1000"}, AskedUnit("每千人执业医师要到几个")); len(ids) != 1 {
		t.Errorf("FitUnit of 几个 for people = %v", ids)
	}
	// "多少张床" is no count of hospitals.
	if ids := FitUnit([]string{"general_hospitals", "beds_total"}, AskedUnit("综合医院一共有多少张床")); !slices.Equal(ids, []string{"beds_total"}) {
		t.Errorf("FitUnit for beds = %v", ids)
	}
	// "多少家卫生院" is no count of beds.
	if ids := FitUnit([]string{"township_health_centers", "thc_beds"}, AskedUnit("靖江有多少家卫生院评上了省示范乡镇卫生院")); !slices.Equal(ids, []string{"township_health_centers"}) {
		t.Errorf("FitUnit for institutions = %v", ids)
	}
	// "多少种药" is no count of hospitals either.
	if ids := FitUnit([]string{"hospitals"}, AskedUnit("上海社区医院里平均能开到多少种药")); len(ids) != 0 {
		t.Errorf("FitUnit for kinds = %v", ids)
	}
	if ids := FitUnit([]string{"elderly_health_mgmt_rate"}, AskedUnit("老年人健康管理率是多少")); len(ids) != 1 {
		t.Errorf("no unit asked: nothing dropped, got %v", ids)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2021至2023年四川省家庭医生签约率", "去年上半年", "二〇二三年", "白云县", "\xff\xfe", "2099-1900年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if n := CountedNoun(s); n != "" && !strings.Contains(corpus.Normalize(s), n) {
			t.Errorf("CountedNoun(%q) = %q, not in the question", s, n)
		}
		AsksOneNumber(s)
		AsksChange(s)
		if m := MonthAsked(s); m < 0 || m > 12 {
			t.Errorf("MonthAsked(%q) = %d", s, m)
		}
		q := Parse(s, asked)
		if len(q.Filters.Years) > maxRangeYears+8 {
			t.Errorf("%d years from %q", len(q.Filters.Years), s)
		}
		for _, y := range q.Filters.Years {
			if y < 1949 || y > 2101 {
				t.Errorf("year %d from %q", y, s)
			}
		}
	})
}

func TestAskedUnit(t *testing.T) {
	cases := map[string]string{
		"健康舟山微信平台2024年发了多少篇稿子？":      "篇",
		"窗口去年一共接了多少单？":               "单",
		"那次绩效评价，省里给打了多少分？":           "分",
		"救护车多少分钟能到？":                 "分钟",
		"今年一共给多少职工发了生育津贴？":           "人", // staff, then what was done for them
		"检查了多少单位？":                   "",  // institutions, no counter
		"健康中原行十年来一共走了多少个县？":          "县", // counties, counted as "70余县"
		"全市一共有几个县医院？":                "个", // hospitals, not counties
		"看一次门诊平均要花多少钱？":              "元",
		"体检搞了三年，一共投了多少体检资金？":         "元",
		"村卫生室重建修缮一共向县财政申请了多少？":       "元",  // money by its purse
		"社区卫生服务中心今年预算盘子一共多大？":        "元",  // a budget's size
		"枞阳县去年基本公卫的钱里，中央给了多少？":       "元",  // a share of money is money
		"大概一百个人里有几个算是懂基本健康知识的？":      "%",  // a count per hundred is a percentage
		"每一千个新生娃娃里，一岁以内夭折的有几个？":      "‰",  // a count per thousand
		"小孩一周岁内没了的，每千个有几个？":          "‰",  // the base after the count
		"黔东南州去年公共场所一共查了多少户次？":        "户次", // a counter of visits, not 户
		"每十万个产妇里死了几个？":               "/10万",
		"得肺结核的，男的大概每10万人有多少个？":       "/10万", // cases per 100,000: nothing else is counted so
		"刚出生的小孩一千个里不满周岁就夭折的有几个？":     "‰",    // 一千个里: a count per thousand
		"一千个新生娃里夭折的有几个？":             "‰",    // the counted between 一千个 and 里
		"无偿献血一共献了多少吨？":               "吨",    // a weight
		"基本公卫那12类项目的钱，全年最后一共执行到位多少？": "元",    // the money's total
		"太原一千个人里有几个医生？":              "人",    // staff per head, no rate
		"每千人口有几个护士？":                 "人",    // nurses per head (个 counting people), no share
		"全县有几家乡镇卫生院":                 "家",
		"卫生监督全年一共罚了多少宗？":             "宗", // cases, as Guangdong counts them
		"签约率是多少":                     "",
		"接诊了多少人次":                    "人次",
		"育儿补贴覆盖了多少个娃？":               "人", // 个 counting people
		"今年新建几个社区医院":                 "个",
		"扬州百岁老人去年底比前一年多了几个？":         "人", // the people the question is about, 个 bare
		"老人医院去年多了几个？":                "个", // 老人 modifies the place counted
		"托育中心一共有多少个娃娃托位？":            "个", // 娃娃, said twice, modifies the places counted
		"卫生服务中心去年有编制的人有几个？":          "人", // people a clause describes
		"去年新增了多少个婴幼儿托位":              "个", // places for infants, not infants
		"多少个孩子打了疫苗":                  "人",
		"两癌查了多少个农村妇女？":               "人", // 妇女 heads the word
		"新开的几家医院一共添了多少床位":            "张", // the last counter asks; beds in 张
		"全县一共几张床":                    "张",
		"从外地请来了多少个高水平的专家人才？":         "人", // the people after a modifier
		"疾控中心一共有多少号人？":               "人", // 号人: people in speech
		"绩效奖励资金已经连着几年全国第一了？":         "年", // a streak's years
		"这几年人均预期寿命提高了多少":             "",  // 这几年 is the period, not the unit
		"计生奖扶这两块投的钱，比前年多出来多少？":       "元", // the money, then the comparison
	}
	for q, want := range cases {
		if got := AskedUnit(q); got != want {
			t.Errorf("AskedUnit(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestAskedField(t *testing.T) {
	cases := map[string]Field{
		"湖州2023年全市卫生健康工作要点的文号是什么？":  FieldDocNumber,
		"市卫健委办公室的电话是多少？":            FieldPhone,
		"宜宾今年春节120电话量比去年涨了多少？":      FieldNone,
		"120一共接听了多少个电话？":            FieldNone,
		"春节120一共接了多少个呼救电话？":         FieldNone,
		"大庆肇源县疾控的电话多少来着？":           FieldPhone,
		"疾控中心的联系电话是多少？":             FieldPhone,
		"想献血该拨打哪个电话？":               FieldPhone,
		"大同市卫健委的地址在哪里？":             FieldAddress,
		"这个通知是哪个部门发的":               FieldIssuer,
		"2023年浙江省卫生健康工作要点是哪个机构发布的？": FieldIssuer,
		"2023年家庭医生签约率是多少？":          FieldNone,
		"通道县那份信息公开年报是哪天挂出来的？":       FieldDate,
		"全区卫生健康工作会是几月几号开的？":         FieldHeldOn,
		"那份信息公开年报的索引号是啥？":           FieldIndexNo,
		"新的报销政策哪天开始执行？":             FieldNone,
	}
	for q, want := range cases {
		if got := AskedField(q); got != want {
			t.Errorf("AskedField(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestLatestAndChange(t *testing.T) {
	if !WantsLatest("江西人均预期寿命现在是多少？") || WantsLatest("2025年人均预期寿命是多少") {
		t.Error("WantsLatest misread")
	}
	if !AsksChange("人均预期寿命五年来提高了多少") || AsksChange("人均预期寿命是多少") {
		t.Error("AsksChange misread")
	}
}

func TestRelativeBaseIsNoYear(t *testing.T) {
	// "比上年" names what a change is measured from, not the year asked.
	now := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, q := range []string{"医疗卫生机构比上年多了多少家？", "门诊量较去年同期增长了多少", "床位同比增加多少"} {
		if f := Filters(q, now); len(f.Years) != 0 {
			t.Errorf("Filters(%q).Years = %v, want none", q, f.Years)
		}
		if got := Topic(q); strings.Contains(got, "比") || strings.Contains(got, "上年") || strings.Contains(got, "去年") {
			t.Errorf("Topic(%q) = %q keeps the comparison base", q, got)
		}
	}
	if f := Filters("去年比前年多了多少家医院", now); len(f.Years) != 1 || f.Years[0] != 2024 {
		t.Errorf("the year asked stays: %v", f.Years)
	}
	// 同 and 与 compare only with 相比/比 after the year: 大同's 同 does not.
	if f := Filters("大同2012年那会儿5岁以下小孩死亡率是多少？", now); len(f.Years) != 1 || f.Years[0] != 2012 {
		t.Errorf("大同2012年: years %v, want 2012", f.Years)
	}
	if f := Filters("死亡率与2015年相比降了多少", now); len(f.Years) != 0 {
		t.Errorf("与2015年相比: years %v, want none", f.Years)
	}
	if f := Filters("泰安现在人均寿命比十三五末多了几岁？", now); len(f.Years) != 0 {
		t.Errorf("比十三五末: years %v, want none (the plan period's end is the base)", f.Years)
	}
}

func TestNationAsked(t *testing.T) {
	now := time.Date(2016, 12, 1, 0, 0, 0, 0, time.UTC)
	f := Filters("《健康中国2030》规划纲要里讲，去年全国人均预期寿命到多少了？", now)
	if f.Place != "全国" || len(f.Years) != 1 || f.Years[0] != 2015 || f.Kind == "plan" {
		t.Errorf("Filters = place %q years %v kind %q; want 全国, 2015 (not the 2030 in the title), no plan", f.Place, f.Years, f.Kind)
	}
	// A plan named without marks as the document asked about: its
	// period and kind are not asked either.
	f = Filters("十四五国民健康规划里说2015到2020年人均寿命从多少涨到多少？", now)
	if len(f.Years) != 6 || f.Years[0] != 2015 || f.Years[5] != 2020 || f.Kind == "plan" {
		t.Errorf("Filters = years %v kind %q; want 2015-2020 (not 十四五's), no plan", f.Years, f.Kind)
	}
	for _, q := range []string{"我县签约率比全国平均高多少？", "我市人均预期寿命在全国排第几？"} {
		if p := Filters(q, now).Place; p != "" {
			t.Errorf("Filters(%q).Place = %q: a comparison with the country does not ask of it", q, p)
		}
	}
}

func TestWantsMeans(t *testing.T) {
	if !WantsMeans("具体是怎么激励的？") || !WantsMeans("这个机制如何运作") || !WantsMeans("基层服务能力是靠啥提上去的？") || WantsMeans("签约率是多少") {
		t.Error("WantsMeans misread")
	}
	// 咋 of speech asks how; 咋样 asks how it went.
	if !WantsMeans("让老百姓秋冬季咋个防病？") || !WantsMeans("那些事是咋公开的？") || WantsMeans("去年干得咋样？") {
		t.Error("WantsMeans misread 咋")
	}
	// 具体 before an amount asks it exactly; with a how word it asks how.
	if WantsMeans("2021年全国孕产妇死亡率具体降到了多少？") || !WantsMeans("具体是怎么把签约率提到多少的？") || !WantsMeans("具体有哪些做法") {
		t.Error("WantsMeans misread 具体")
	}
}

func TestTopicDropsLoneParticles(t *testing.T) {
	if got := Topic("青阳卫健委2023年党建这块都做了啥？"); strings.Contains(got, "都") {
		t.Errorf("Topic kept a lone particle: %q", got)
	}
}

func TestMeasureRateAndNumbers(t *testing.T) {
	if got := Measure("家庭医生签约率"); got != "签约率" {
		t.Errorf("Measure = %q", got)
	}
	if !AsksRate("个人卫生支出占卫生总费用的") || !AsksRate("新农合参合率") || AsksRate("床位数") {
		t.Error("AsksRate misread")
	}
	if !AsksOneNumber("安徽有多少家医院开了体重管理门诊？") || AsksOneNumber("罚了几个案子，一共罚了多少钱？") || !AsksOneNumber("新开的几家医院一共添了多少床位？") ||
		!AsksOneNumber("想让老百姓平均活到多少岁？2027年那个目标是多少") || AsksOneNumber("三级医院有几家，二级医院有几家？") ||
		!AsksOneNumber("老百姓平均能活多少岁，清单里写的起点是多少？") {
		t.Error("AsksOneNumber misread")
	}
}

func TestTenthPlanYears(t *testing.T) {
	now := time.Date(2006, 6, 1, 0, 0, 0, 0, time.UTC)
	for q, want := range map[string]string{
		"磐安县“十五”末，平均一千个人摊到几张病床？": "[2005]",
		"“十五”期间卫生投入一共多少？":        "[2001 2002 2003 2004 2005]",
		"十五个乡镇卫生院有多少床位？":         "[]",
	} {
		if got := fmt.Sprint(Filters(q, now).Years); got != want {
			t.Errorf("years of %q = %s, want %s", q, got, want)
		}
	}
}

func TestDosesAskedByTheNeedle(t *testing.T) {
	for _, q := range []string{"打了多少针防出血热的疫苗", "接种了多少剂"} {
		if got := AskedUnit(q); got != "剂次" {
			t.Errorf("AskedUnit(%q) = %q, want 剂次", q, got)
		}
	}
}

func TestThesaurusSubstituteAndExpand(t *testing.T) {
	if got := Substitute("多少家医院开了减肥门诊"); got != "多少家医院开了体重管理门诊" {
		t.Errorf("Substitute = %q", got)
	}
	if got := Expand("小孩打预防针"); !strings.HasPrefix(got, "小孩打预防针 ") || !strings.Contains(got, "常规接种") {
		t.Errorf("Expand = %q: keeps the wording and adds the official term", got)
	}
	if got := Substitute(Topic("兵团2018年医院一共实际开了多少张床？")); !strings.Contains(got, "实有床位") {
		t.Errorf("Substitute of the beds actually open = %q, want 实有床位", got)
	}
	// Common acts of the reports said in speech: 整改, 采用, 新建, 库存.
	for q, want := range map[string]string{"去年查出来改掉的问题一共有多少条": "整改", "报上去的稿子最后被用上几篇": "采用", "去年一年新盖了几个县域医疗次中心": "新建", "新冠疫苗现在库里还剩多少剂": "库存", "信息公开申请里写信寄过来的有几件": "信函", "新加了多少个公办的托育位子": "托位"} {
		if got := Expand(q); !strings.Contains(got, want) {
			t.Errorf("Expand(%q) = %q, want %s", q, got, want)
		}
	}
	// Drug procurement as staff say it: 团购, and the money it saved them.
	for q, want := range map[string]string{"集采这几年给大伙儿省的钱有多少": "节约医疗费用", "这几年搞药品“团购”，效果咋样": "集中带量采购"} {
		if got := Expand(q); !strings.Contains(got, want) {
			t.Errorf("Expand(%q) = %q, want %s", q, got, want)
		}
	}
	// "最多能报多少" asks the cap, wherever it stands; "能报多少" the share.
	for q, want := range map[string]string{"专项医疗救助一年最多能报多少": "封顶线", "大病保险最多能报多少": "封顶线", "住院能报多少": "报销比例"} {
		if got := Topic(q); !strings.Contains(got, want) {
			t.Errorf("Topic(%q) = %q, want %s", q, got, want)
		}
	}
	if got := Expand(Topic("就医流程里配药买药有哪几种途径")); !strings.Contains(got, "购药") {
		t.Errorf("Expand of 买药 = %q, want 购药", got)
	}
	if got := Expand(Topic("方舱那会儿还有多少张床空着")); !strings.Contains(got, "空余床位") {
		t.Errorf("Expand of 床空着 = %q, want 空余床位", got)
	}
	if got := Parse("城乡医保明年老百姓一个人自己得交多少钱", asked).Indicators; !slices.Contains(got, "resident_insurance_premium") {
		t.Errorf("indicators of 自己得交多少 = %v, want resident_insurance_premium", got)
	}
	if got := Substitute(Topic("二院一共有多少号人")); !strings.Contains(got, "职工") {
		t.Errorf("Substitute of 号人 = %q, want 职工", got)
	}
	if got := Expand("卫健委官网去年一共发了多少条信息"); !strings.Contains(got, "官方网站") {
		t.Errorf("Expand of 官网 = %q, want 官方网站", got)
	}
	if got := Expand("把自来水水质检测的结果在网上公布了几回"); !strings.Contains(got, "水质监测") {
		t.Errorf("Expand of 水质检测 = %q, want 水质监测", got)
	}
	if got := Expand("社区卫生服务中心下面都设了哪些科室"); !strings.Contains(got, "内设机构") {
		t.Errorf("Expand of 科室 = %q, want 内设机构", got)
	}
	if got := Expand("今年一共排了多少项重点活儿要干"); !strings.Contains(got, "重点任务") {
		t.Errorf("Expand of 重点活儿 = %q, want 重点任务", got)
	}
	// Disclosure reports' words for what staff say: 县长信箱, 招考, 疫情防控.
	for q, want := range map[string]string{"老百姓写给县长的信办完了多少封": "县长信箱", "在网上发招人的消息发了几条": "招考", "网上发的跟防疫有关的东西有多少条": "疫情防控", "辖区有多少老百姓要靠它看病": "服务人口", "会上到场的大概有多少人": "参加人数"} {
		if got := Expand(q); !strings.Contains(got, want) {
			t.Errorf("Expand(%q) = %q, want %s", q, got, want)
		}
	}
	// Honours said in speech: what was conferred (被授予) and its title.
	if got := Expand("十三五期间拿过哪些国家级的牌子"); !strings.Contains(got, "被授予") || !strings.Contains(got, "称号") {
		t.Errorf("Expand of honours = %q, want 被授予 and 称号", got)
	}
	if got := Expand("帮多少人做了让眼睛重新看清楚的那种手术"); !strings.Contains(got, "白内障复明手术") {
		t.Errorf("Expand of the sight-restoring operation = %q, want 白内障复明手术", got)
	}
	// A lay word inside an official name written out is that name's:
	// "婴儿" of 婴儿死亡率 is no 新生儿.
	if got := Substitute("2004年婴儿死亡率是多少"); got != "2004年婴儿死亡率是多少" {
		t.Errorf("Substitute inside an official name = %q", got)
	}
	if got := OfficialTerms("婴儿死亡率"); len(got) != 0 {
		t.Errorf("official name gets terms %q", got)
	}
	// A lay word ending one place's institution is that institution.
	if got := Substitute("古龙镇卫生院去年决算收入"); got != "古龙镇卫生院去年决算收入" {
		t.Errorf("Substitute inside an institution's name = %q", got)
	}
	if got := Substitute("翔安区卫生院有多少家"); got != "翔安区乡镇卫生院有多少家" {
		t.Errorf("Substitute of a lay 卫生院 = %q", got)
	}
	if got := Substitute("刚出生的婴儿有多少做了筛查"); !strings.Contains(got, "新生儿") {
		t.Errorf("Substitute of a lay 婴儿 = %q", got)
	}
	if got := OfficialTerms("家庭医生签约率"); len(got) != 0 {
		t.Errorf("official wording gets terms %q", got)
	}
	// Blood collected, said in speech or as 采血量, is what reports write
	// 采集血液.
	if got := Expand("长沙2015年度献血一共采了多少血？"); !strings.Contains(got, "采集血液") || !strings.Contains(got, "采血量") {
		t.Errorf("Expand of blood collected = %q, want 采集血液 and 采血量", got)
	}
	if got := OfficialTerms("采血量"); !slices.Contains(got, "采集血液") {
		t.Errorf("OfficialTerms(采血量) = %q, want 采集血液", got)
	}
	// Birth order said in speech is what reports write 一孩, 二孩.
	if got := Expand("生的娃当中，头胎占了多大比例"); !strings.Contains(got, "一孩") {
		t.Errorf("Expand of 头胎 = %q, want 一孩", got)
	}
	// 心梗 alone is what reports write 心肌梗死.
	if got := Expand("救了多少个急性心梗病人"); !strings.Contains(got, "心肌梗死") {
		t.Errorf("Expand of 心梗 = %q, want 心肌梗死", got)
	}
	// A hospital training residents is what reports write 培训基地.
	if got := OfficialTerms("给每家规培医院一次性补多少钱"); !slices.Contains(got, "培训基地") {
		t.Errorf("OfficialTerms(规培医院) = %q, want 培训基地", got)
	}
}

func TestAsksChangeInSpeech(t *testing.T) {
	for _, q := range []string{"全市看病的人次比前一年多出来多少？", "村卫生室比上年少几个", "床位较2020年增加多少", "人口自然增长率跟前年比掉了多少？", "跟上年相比床位多几张", "死亡率2025年打算比2022年压下来多少", "二季度卫生院门诊量比去年同期是涨是跌，差多少？", "筛查率比省里定的目标高了多少？",
		"山东基层看门诊报销比例提了多少？", "人均寿命提升了多少", "孕产妇死亡率降低了多少", "平均住院日缩短了多少天"} {
		if !AsksChange(q) {
			t.Errorf("AsksChange(%q) = false", q)
		}
	}
	if AsksChange("新开的几家医院一共添了多少床位") {
		t.Error("new beds counted are no change asked")
	}
	if !AsksChange("宁夏去年低保每个月涨了多少钱？") || !AsksChange("比去年多了多少") || AsksChange("低保标准是多少") {
		t.Error("AsksChange misread")
	}
}

func TestNamesPeriod(t *testing.T) {
	for _, s := range []string{"十四五期间医疗方面", "五年来，我们大力发展", "过去五年", "合肥这十年医疗卫生机构的数量涨了百分之几", "十年来"} {
		if !NamesPeriod(s) {
			t.Errorf("NamesPeriod(%q) = false", s)
		}
	}
	if NamesPeriod("2025年医疗卫生工作") {
		t.Error("a year is no period")
	}
}

func TestWhichOnesIsAList(t *testing.T) {
	q := "“防控重大疾病”下面有哪几个专项行动？"
	if DetectIntent(q) != IntentQuestion || !WantsList(q) {
		t.Errorf("%s: intent %s, list %v", q, DetectIntent(q), WantsList(q))
	}
	if DetectIntent("有几个专项行动？") != IntentFigure {
		t.Error("a count question is no longer a figure question")
	}
	if got := Topic(q); got != "防控重大疾病 专项行动" {
		t.Errorf("Topic = %q", got)
	}
}

func TestAmountOfAChangeOverYearsIsAFigure(t *testing.T) {
	if got := DetectIntent("十四五这几年人均预期寿命提高了多少？"); got != IntentFigure {
		t.Errorf("intent %s, want figure", got)
	}
	if got := DetectIntent("保定这几年是怎么把北京天津的好医院资源弄过来的？"); got != IntentQuestion {
		t.Errorf("how it was done over the years: intent %s, want question", got)
	}
	for _, q := range []string{"贵州这几年人均寿命是靠哪些办法提上去的？", "这几年床位数是靠哪些手段加上去的？"} {
		if got := DetectIntent(q); got != IntentQuestion {
			t.Errorf("%s: the means asked: intent %s, want question", q, got)
		}
	}
	if got := DetectIntent("南阳这几年床位比2020年多出来多少？"); got != IntentFigure {
		t.Errorf("a change against a year: intent %s, want figure", got)
	}
	if got := DetectIntent("这几年在中医药上一共砸了多少钱？"); got != IntentFigure {
		t.Errorf("a total over the years: intent %s, want figure", got)
	}
	if got := DetectIntent("这几年签约率是多少？"); got != IntentTrend {
		t.Errorf("intent %s, want trend", got)
	}
}

func TestScopedFilter(t *testing.T) {
	for q, want := range map[string][2]string{
		"重庆今年的重点民生实事里跟卫生健康有关的有哪些？":    {"重点民生实事", "卫生健康"},
		"河北今年民生工程里跟看病、医保有关的安排有哪些？":    {"民生工程", "看病、医保"},
		"广东今年的十件民生实事里，跟卫健、医保沾边的有哪几件？": {"十件民生实事", "卫健、医保"},
		"山西今年的民生实事里，养老和健康这块都有啥？":      {"民生实事", "养老和健康"},
	} {
		scope, about, ok := ScopedFilter(q)
		if !ok || scope != want[0] || about != want[1] {
			t.Errorf("ScopedFilter(%q) = %q %q %v", q, scope, about, ok)
		}
	}
	for _, q := range []string{"2023年家庭医生签约率是多少？", "工作报告里，医疗这块都有啥？"} {
		if _, _, ok := ScopedFilter(q); ok {
			t.Errorf("%q read as scoped", q)
		}
	}
}

// A loose catalogue match must measure what the topic asks: "补偿金额" is
// neither 参保人数 nor 人均可支配收入, though it shares their other words.
func TestIndicatorsKeepTheAskedMeasure(t *testing.T) {
	if ids := Indicators("城乡居民合作医疗保险补偿金额"); len(ids) != 0 {
		t.Errorf("补偿金额 matched %v", ids)
	}
	for topic, want := range map[string]string{
		"城乡居民医保参保人数": "resident_insured",
		"每千人口执业医师":   "physicians_per_1000",
	} {
		if ids := Indicators(topic); len(ids) == 0 || ids[0] != want {
			t.Errorf("Indicators(%q) = %v, want %s first", topic, ids, want)
		}
	}
}

func TestPlaces(t *testing.T) {
	for q, want := range map[string]string{
		"河南和辽宁去年育儿补贴分别发给了多少人？":      "河南省 辽宁省",
		"四川去年人均预期寿命多少岁？":            "四川省",
		"去年签约率是多少？":                 "",
		"马山那边65岁以上老人免费体检咋安排的？":      "马山县", // a county's short form opening the question, then 那边
		"和平那边的医院":                   "",    // an ordinary word
		"国家卫健委去年写信申请公开信息的占多大比例？":    "全国",  // the body speaks for the country
		"白云县和四川的床位数":                "白云县 四川省",
		"扬中市和无锡的人均预期寿命各是多少":         "扬中市 无锡市", // a city by its short form beside a place read
		"山东年鉴里2004年淄博市的注册护士有多少人":    "淄博市",     // the province only holds the city asked
		"山东省与淄博市的注册护士相比":            "山东省 淄博市", // side by side: both asked
		"青海海南州到2025年底基层诊疗量要占到多大比例？": "海南藏族自治州", // the province written before its prefecture; 比例 joins nothing
		"四川乐山比成都床位多多少":              "乐山市 成都市", // 比 between the places
		"北京朝阳区卫健委这几年拿到过哪些示范区？":      "朝阳区",     // a district several cities have, read where it stands
		"九龙坡华岩镇卫生院核定的编制床位是多少张？":     "九龙坡区",    // a county by its short form of three characters
		"中山市前年往湖北派了多少人去支援？":         "中山市",     // 往 makes 湖北 where they went
		"禄丰那边精神病人能按时吃药的比例有多少？":      "禄丰市",     // a county made a city: its short form names the city
		"宝鸡县区一级搞妇幼保健的人有多少？":         "宝鸡市",     // 县区: the city's counties and districts, not the former 宝鸡县
		"阿拉善2020年婴儿死亡率降到多少了？":       "阿拉善盟",    // a league by its short form of three characters
		"锡林郭勒去年献血的有多少人？":            "锡林郭勒盟",   // and of four
		"平顶山郏县今年开爱国卫生会，有哪些单位表了态？":   "郏县",      // a county of one character's name after its city's short form
		"张家口蔚县去年床位有多少张？":            "蔚县",
		"固安县去年北京那边的专家过来坐诊了多少回？":     "固安县", // 北京 is where the experts came from
		"北京那边的专家在固安坐诊了多少回？":         "北京市", // the first place named stays the subject
	} {
		if got := strings.Join(Places(q), " "); got != want {
			t.Errorf("Places(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestScopedFilterFieldFirst(t *testing.T) {
	scope, about, ok := ScopedFilter("浙江今年医疗卫生方面的民生实事都有哪几件？")
	if !ok || scope != "民生实事" || about != "医疗卫生" {
		t.Errorf("ScopedFilter = %q, %q, %v", scope, about, ok)
	}
	if _, _, ok := ScopedFilter("医疗卫生方面的工作有哪些？"); ok {
		t.Errorf("a field's work is no named list")
	}
}

func TestTrendTopic(t *testing.T) {
	for q, want := range map[string]string{
		"湖北这两年地区生产总值的变化？":  "地区生产总值",
		"新农合参合率这几年是怎么变化的？": "新农合参合率",
		"历年人均预期寿命的情况？":     "人均预期寿命",
	} {
		if got := TrendTopic(q); got != want {
			t.Errorf("TrendTopic(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestWhichKind(t *testing.T) {
	for q, want := range map[string]string{
		"传染病防治法说，哪些重点场所发现传染病病人要向疾控报告？": "重点场所发现传染",
		"甲类传染病有哪几种？": "",
		"签约率是多少？":    "",
	} {
		if got := WhichKind(q); got != want {
			t.Errorf("WhichKind(%q) = %q, want %q", q, got, want)
		}
	}
}

// A lay wording holds question words its topic drops ("生了多少孩子"): the
// question's own words name the indicator.
func TestQuestionIndicators(t *testing.T) {
	cases := map[string]string{
		"江西2022年出生了多少孩子":                "births",
		"江西省2022年医生有多少？":                "physicians",
		"南陵县2023年家庭医生签约率是多少":            "family_doctor_signing_rate",
		"江西2022年城镇化率是多少？":               "urbanization_rate",
		"那个提升寿命的计划里，癌症5年生存率到2027年要到多少？": "cancer_5yr_survival", // the lay words name the plan
		"到2027年大家平均能活到多少岁？":             "life_expectancy",
		"汉源县去年养老保险参保多少人?":               "pension_insured", // not the health insurance's
		"老百姓懂健康常识的比例现在是多少？":             "health_literacy",
		"深圳现在平均一万个人摊得上几个家庭医生那种全科大夫？":    "gps_per_10000",
		"通渭县老百姓看病先到乡镇村里看的比例有多少？":        "primary_first_visit_rate",
		"十四五收官的时候，老百姓看病在基层的比例要到多少？":     "primary_care_visit_share",
		"江西省到2027年，省里的大医院CMI要冲到多少？":     "case_mix_index",
		"2020年那会儿，生孩子的妈妈没保住的比例降到多少了？":   "maternal_mortality",
		"去年一千个新生娃里有几个没活过一周岁？":           "infant_mortality",
		"全国2020年看病花的钱里头，老百姓自己兜里掏的占多少？":  "oop_share", // lay words the topic loses 自己 of
		"刚出生的小孩一千个里不满周岁就夭折的有几个？":        "infant_mortality",
		"去年搞医疗技术的人（医生护士技师这些）总共有多少？":     "health_technicians",       // examples in brackets name parts, not what is asked
		"平潭区医院2021年的收入里，药费占了多大比例？":      "drug_share",               // the hospital is whose, not a count of hospitals
		"南岳区今年妇女查宫颈癌乳腺癌，实际查了多少人？":       "cervical_breast_screened", // the women screened, not the coverage rate
	}
	for q, want := range cases {
		if got := QuestionIndicators(q); len(got) == 0 || got[0] != want {
			t.Errorf("QuestionIndicators(%q) = %v, want %s first", q, got, want)
		}
	}
}

// Per head of population as staff say it names the per-1000 indicator.
func TestSpokenPerThousand(t *testing.T) {
	for q, want := range map[string]string{
		"西藏2018年平均一千个人能摊到几张病床？": "beds_per_1000",
		"每一千人有几张床位":             "beds_per_1000",
		"西藏去年平均一千个老百姓能摊上几个医生？":  "physicians_per_1000",
		"每一千个居民有几个护士":           "nurses_per_1000",
	} {
		if ids := Indicators(Topic(q)); len(ids) == 0 || ids[0] != want {
			t.Errorf("%s: indicators %v, want %s first", q, ids, want)
		}
	}
	if got := Topic("三千个人参加了体检"); strings.Contains(got, "每千人口") {
		t.Errorf("a count of people is no base of population: %q", got)
	}
}

// Spoken words for the last few years are time, not topic.
func TestRecentYearsAreNoTopic(t *testing.T) {
	if got := Topic("榆中县这几年在中医药上一共砸了多少钱？"); strings.Contains(got, "几年") {
		t.Errorf("topic %q holds the time words", got)
	}
}

// A term put in for a lay phrase is not read again for a shorter lay
// phrase inside it ("水样" → 水质监测, not 饮用水卫生监测).
func TestSubstituteOnce(t *testing.T) {
	got := Substitute("抽查了多少份水样")
	if !strings.Contains(got, "水质监测") || strings.Contains(got, "饮用水卫生") {
		t.Errorf("Substitute = %q", got)
	}
}

// A noun of the reports holding an ask word stays whole in the topic:
// "工作动态" is no "工作" asked about.
func TestAskWordNounsStayWhole(t *testing.T) {
	for q, want := range map[string]string{
		"来宾市卫健委去年官网上发的工作动态有几条？": "工作动态",
		"县卫健局有多少工作人员？":          "工作人员",
		"双随机抽查任务完成了几家？":         "任务完成",
		"宫颈癌筛查任务数定的多少人？":        "任务数",
	} {
		if got := Topic(q); !strings.Contains(got, want) {
			t.Errorf("Topic(%q) = %q, want %s kept", q, got, want)
		}
	}
}

// A city named by its short form alone is the place asked, not the topic;
// the staff categories of the yearbooks are indicators of their own.
func TestShortCityLeavesTopic(t *testing.T) {
	q := "乐山2023年全市卫生机构里搞管理的有多少人？"
	if got := Topic(q); strings.Contains(got, "乐山") {
		t.Errorf("Topic(%q) = %q, holds the place", q, got)
	}
	if got := QuestionIndicators(q); len(got) == 0 || got[0] != "management_staff" {
		t.Errorf("QuestionIndicators(%q) = %v, want management_staff", q, got)
	}
}

// Money asked in spoken verbs is searched by the reports' words for it.
func TestSpokenMoneyVerbs(t *testing.T) {
	for q, want := range map[string]string{
		"古龙镇卫生院去年总共进账多少钱？":                "收入",
		"德阳去年搞医疗项目总共要砸进去多少钱？":             "投资",
		"自治区一共往里投了多少钱？":                   "投入资金",
		"黄冈今年在让老百姓看病方便上准备干些啥？":            "就近就医",
		"连云港今年打算怎么让大医院的资源下到基层、把看病的体系理顺？":  "分级诊疗",
		"舟山卫健委去年是怎么把关、防止网上发的信息出岔子的？":      "三审三校",
		"国家卫健委去年寄信来申请信息公开的有多少件？":          "信函",
		"漳平卫健局2023年不给公开的信息占了多大比例？":        "不予公开",
		"中阳县去年一千个人里差不多有几个人去献了血？":          "献血",
		"武汉今年卫健这块要抓哪几件大事？":                "重点工作",
		"介休市到7月底，成年人第一针新冠疫苗一共打了多少人？":      "第一剂",
		"介休成年人里头，两针都打上的大概占几成了？":           "全程接种",
		"潼关现在两针都打完的有多少人？":                 "两剂次", // 完成两剂次接种
		"华岩镇卫生院看病用的房子有多大？":                "业务用房面积",
		"东河区卫健委去年卫生许可批了多少？":               "行政许可",
		"清徐县是怎么盯第二针接种进度的？":                "工作进展",
		"大名县这几年心血管筛查，一共查出来多少个高风险的人？":      "高危对象",
		"苏尼特左旗卫健委去年公开的东西，全文能在网上查到的比例是多少？": "全文电子化率",
		"廊坊在跟北京天津搞医疗合作这块具体干了些啥？":          "协同",
		"炉霍县那个重大传染病防治的钱，中央给的部分全年花了多少万？":   "中央财政资金",
		"湖南规划里说的少吃三样、强健三样是哪几样？":           "三减三健",
		"来宾市卫健委去年网站上一共放出去多少东西？":           "发布信息",
		"青阳县卫健委今年在管网上舆论这块都做了些啥？":          "意识形态",
	} {
		if got := Expand(Topic(q)); !strings.Contains(got, want) {
			t.Errorf("Expand(Topic(%q)) = %q, want %s", q, got, want)
		}
	}
}

// Words pointing at a form ("那张…表上", "填的是") say where to look, not
// what is asked.
func TestFormWordsLeaveTopic(t *testing.T) {
	if got := Topic("湘阴县卫健局21年那张整体绩效自评表上，编制填的是多少个？"); strings.Contains(got, "那张") || strings.Contains(got, "填") {
		t.Errorf("topic %q holds the form words", got)
	}
}

// The light verb before a topic ("搞医共体") and the verb of a share asked
// ("要占到") are no words of the topic.
func TestLightVerbsLeaveTopic(t *testing.T) {
	got := Topic("青海海南州搞医共体，到2025年底基层看病的量要占到多大比例？")
	if strings.Contains(got, "搞") || strings.Contains(got, "占到") || !AsksRate(got) {
		t.Errorf("topic %q", got)
	}
}

// "百分之多少" asks a percentage and is no word of the topic.
func TestPercentAsked(t *testing.T) {
	q := "某镇卫生院2023年的收入比上年下降了百分之多少？"
	if u := AskedUnit(q); u != "%" {
		t.Errorf("AskedUnit = %q, want %%", u)
	}
	if got := Topic(q); strings.Contains(got, "百分") {
		t.Errorf("topic %q holds the unit words", got)
	}
}

// A topic's measure is its last word's: an earlier word naming a document's
// figures ("统计公报数") is no measure asked.
func TestMeasureOfTheLastWord(t *testing.T) {
	for topic, want := range map[string]string{
		"报的统计公报数 全区乡镇卫生院的床位 张": "",
		"家庭医生签约率":   "签约率",
		"全区 孕产妇死亡率": "死亡率",
	} {
		if got := Measure(topic); got != want {
			t.Errorf("Measure(%q) = %q, want %q", topic, got, want)
		}
	}
}

// Money spent on something, asked as "花在…上的钱有多少", asks 元 and is
// searched as 支出.
func TestMoneySpentAsked(t *testing.T) {
	q := "古龙镇卫生院（大足）去年花在项目上的钱有多少？"
	if u := AskedUnit(q); u != "元" {
		t.Errorf("AskedUnit = %q, want 元", u)
	}
	if got := Expand(Topic(q)); !strings.Contains(got, "支出") {
		t.Errorf("Expand = %q, want 支出", got)
	}
}

// How many came to a meeting ("开卫生健康工作会，大概来了多少人") asks the
// reports' 参加人数; the meeting held only says which report.
func TestAttendanceAsked(t *testing.T) {
	for q, want := range map[string]string{
		"西吉县今年开卫生健康工作会，大概来了多少人？": "参加人数",
		"开务虚会那次有多少人参加？":          "参加人数",
		"全县开了几次会？":               "全县开了几次会",
		"义诊活动参加了多少人次？":           "义诊活动参加 人次",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}

// Money spent on a field, said "花在X上的钱" or "在X上花了", is the reports'
// X支出; 财政 before it says only whose money.
func TestSpentOnIsExpenditure(t *testing.T) {
	for q, want := range map[string]string{
		"进贤县2023年财政花在教育上的钱有多少？": "教育支出",
		"去年在卫生健康上花了多少钱？":        "卫生健康支出",
		"古龙镇卫生院去年花在项目上的经费有多少？":  "古龙镇卫生院 项目支出",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}

// Times asked in speech ("看几回病", "跑几趟医院") are a count of 次; a base
// of population with the verb of sharing out ("每一万个人里摊到几个") is
// the reports' 每万人口.
func TestSpokenTimesAndShares(t *testing.T) {
	q := "全国去年老百姓平均一个人一年上医院看几回病？"
	if DetectIntent(q) != IntentFigure || AskedUnit(q) != "次" {
		t.Errorf("%s: intent %s unit %q", q, DetectIntent(q), AskedUnit(q))
	}
	if ids := QuestionIndicators(q); len(ids) == 0 || ids[0] != "visits_per_person" {
		t.Errorf("%s: indicators %v", q, ids)
	}
	if ids := FitUnit([]string{"hospitals", "visits_per_person"}, AskedUnit("安徽平均每个人一年要跑几趟医院看病？")); !slices.Equal(ids, []string{"visits_per_person"}) {
		t.Errorf("times asked fit %v", ids)
	}
	if ids := Indicators(Topic("全国去年每一万个人里摊到几个全科大夫？")); len(ids) == 0 || ids[0] != "gps_per_10000" {
		t.Errorf("per 10,000 asked: %v", ids)
	}
}

func TestNameWholes(t *testing.T) {
	for q, want := range map[string]string{
		"南阳全市医院卫生院这些加起来现在有多少张床？":      "南阳全市医疗卫生机构加起来现在有多少张床？",
		"医院、卫生院、诊所一共有多少家":             "医疗卫生机构一共有多少家",
		"医院和卫生院分别有多少张床":               "医院和卫生院分别有多少张床", // each, not the whole
		"全县医院一共有多少张床":                 "全县医院一共有多少张床",
		"南阳现在给老百姓看病的医生护士这些专业人员一共多少人？": "南阳现在给老百姓看病的卫生技术人员一共多少人？",
		"医生和护士分别多少人":                  "医生和护士分别多少人",
	} {
		if got := NameWholes(q); got != want {
			t.Errorf("NameWholes(%q) = %q, want %q", q, got, want)
		}
	}
}

// "这五年" asked past mid-year counts the year it is asked in: a review in
// October covers it.
func TestRecentFiveLateInTheYear(t *testing.T) {
	october := time.Date(2025, time.October, 20, 0, 0, 0, 0, time.UTC)
	if f := Filters("南阳这五年医院床位一共多了多少张?", october); !slices.Equal(f.Years, []int{2021, 2022, 2023, 2024, 2025}) {
		t.Errorf("years %v, want 2021–2025", f.Years)
	}
	march := time.Date(2025, time.March, 1, 0, 0, 0, 0, time.UTC)
	if f := Filters("这五年医院床位一共多了多少张?", march); !slices.Equal(f.Years, []int{2020, 2021, 2022, 2023, 2024}) {
		t.Errorf("years %v, want 2020–2024", f.Years)
	}
}

func TestAskedPart(t *testing.T) {
	for q, want := range map[string]string{
		"安岳县卫健局去年主动公开的东西里，医疗卫生方面的有几条？": "医疗卫生",
		"姜堰区2025年主动公开的信息里，部门公告那一类是几条？": "部门公告",
		"三明市统计年鉴里，全市医疗卫生机构总共有多少家？":     "医疗卫生机构",
		"安岳县去年主动公开了多少条信息？":             "",
		"辽宁2019年医院这一类的医疗卫生机构有多少个？":     "医院",
		// The whole right before 里, no comma: the part after it.
		"伊春那边去年艾滋病人里真正吃上抗病毒药的有几个？": "吃上抗病毒药",
		"宝鸡的妇幼保健机构里能收病人住院的有几家？":    "能收病人住院",
		"县里看病的有多少？":                "",
		"枞阳县去年基本公卫的钱里，中央给了多少？":     "中央", // who gave, asked with the giving verb
	} {
		if got := AskedPart(q); got != want {
			t.Errorf("AskedPart(%q) = %q, want %q", q, got, want)
		}
	}
}

// A place or field framed by 在…上 ("在微博上发了", "在看病保健上花了") is a
// topic word of its own; the frame and the verb after it are apart.
func TestOnPlatformFrame(t *testing.T) {
	for q, want := range map[string]string{
		"贵州省卫健委前年在微博上发了多少条？":     "微博 发布信息",
		"富顺县今年想争取拿下几个市级以上的重点专科？": "市级以上的重点专科",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestAsksDirectives(t *testing.T) {
	for q, want := range map[string]bool{
		"临沧凤庆县卫健局2023年开年会上对今年工作提了啥要求？": true,
		"汝州卫健系统述职会上，市领导让大家接下来怎么干？":     true,
		"凤庆县2023年卫生健康工作会议是哪天开的？":       false,
		"海原县医疗健康总院今年是怎么运转起来的？":         false,
		"市长在会上有哪些要求和部署？":               true,
		"河口县卫健局2022年收到了几件要求公开信息的申请？":   false,
	} {
		if got := AsksDirectives(q); got != want {
			t.Errorf("AsksDirectives(%q) = %v, want %v", q, got, want)
		}
	}
}

// Fillers of speech ("前前后后", "多少条东西") say nothing of the topic; the
// lay verb of publishing is searched as the reports write it.
func TestFillersAndLayPublishing(t *testing.T) {
	q := "兰州新区卫健委去年前前后后一共往外发了多少条东西？"
	if got := Topic(q); got != "往外发" {
		t.Errorf("Topic(%q) = %q, want 往外发", q, got)
	}
	if got := Expand(Topic(q)); !strings.Contains(got, "发布信息") {
		t.Errorf("Expand = %q, want 发布信息", got)
	}
}

// "会上提了哪些抓手" asks what the meeting set out: 提了 after the meeting
// and the metaphor 抓手 are no topic words.
func TestMeetingRaisedLevers(t *testing.T) {
	q := "冕宁县今年卫生健康工作打算怎么往前推？会上提了哪些抓手？"
	if got := Topic(q); got != "卫生健康" {
		t.Errorf("Topic(%q) = %q, want 卫生健康", q, got)
	}
}

// "几起" asks a count in 起; the people counted before where they went are
// no topic word ("派了多少人去支援").
func TestCasesAndPeopleSent(t *testing.T) {
	if u := AskedUnit("新洲区卫健系统去年查办了几起违规违纪的案子？"); u != "起" {
		t.Errorf("AskedUnit = %q, want 起", u)
	}
	if u := AskedUnit("彭水县中医院现在一共有多少职工？"); u != "人" {
		t.Errorf("AskedUnit(多少职工) = %q, want 人", u)
	}
	if u := AskedUnit("荣县今年上半年公开招了几个编内人员？"); u != "人" {
		t.Errorf("AskedUnit(几个编内人员) = %q, want 人", u)
	}
	if u := AskedUnit("建了几个人员培训基地？"); u == "人" {
		t.Errorf("AskedUnit(几个人员培训基地) = 人, want a count of places")
	}
	if got := Topic("中山前年往湖北派了多少人去支援？"); strings.Contains(got, "人去") {
		t.Errorf("Topic = %q, want no 人去", got)
	}
}

// "上个月" asked in January is last year's December.
func TestMonthBeforeInJanuary(t *testing.T) {
	now := time.Date(2024, 1, 20, 0, 0, 0, 0, time.UTC)
	if f := Filters("四川上个月丙类传染病一共报了多少例？", now); !slices.Equal(f.Years, []int{2023}) {
		t.Errorf("years %v, want [2023]", f.Years)
	}
}

// A month named in a question is its time, not its topic; an age in
// months stays.
func TestTopicWithoutMonths(t *testing.T) {
	for q, want := range map[string]string{
		"重庆今年1月乙类传染病报了多少例？": "乙类传染病报 例",
		"6月龄婴儿纯母乳喂养率":       "6月龄婴儿纯母乳喂养率",
		"1-6月门诊量多少":         "门诊量",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}

// A five-year plan being made ("开十四五卫生规划座谈会") names no years of
// the plan's own: the meeting is held before them.
func TestPlanBeingMadeNamesNoYears(t *testing.T) {
	now := time.Date(2020, 12, 1, 0, 0, 0, 0, time.UTC)
	if f := Filters("永州开十四五卫生规划座谈会，大家主要提了哪些方面的建议？", now); len(f.Years) != 0 {
		t.Errorf("years %v, want none", f.Years)
	}
	if f := Filters("十四五期间床位要增加多少张？", now); len(f.Years) != 5 {
		t.Errorf("years %v, want the plan's five", f.Years)
	}
}

// Of several indicators a question names, the one after its last 的 is
// asked; the one before says whose.
func TestIndicatorAfterDeFirst(t *testing.T) {
	q := "合肥基层医疗机构的门急诊量这十年涨了多少？"
	if got := QuestionIndicators(q); len(got) == 0 || got[0] != "outpatient_emergency_visits" {
		t.Errorf("QuestionIndicators(%q) = %v, want outpatient_emergency_visits first", q, got)
	}
}

func TestMonthAsked(t *testing.T) {
	for q, want := range map[string]int{
		"河南去年12月法定传染病报了多少例？":       12,
		"十一月份手足口病多少例":              11,
		"3月门诊量":                    3,
		"1-6月门诊量":                  0,  // a range
		"截至8月底签约了多少人":              0,  // an as-of date
		"截到11月份排查出多少人":             11, // as of a month: its report of progress
		"3月5日义诊了几场":                0,  // a day
		"6月龄儿童健康管理率":               0,  // an age
		"2023年门诊量":                 0,
		"3月和4月门诊量":                 0, // several
		"绍兴2022年3月120每天平均接警电话多少个？": 3, // the 120 line, no day
		"北京上个月手足口病跟6月比降了多少？":       0, // the base compared with
	} {
		if got := MonthAsked(q); got != want {
			t.Errorf("MonthAsked(%q) = %d, want %d", q, got, want)
		}
	}
}

func TestAsksWholeYear(t *testing.T) {
	for q, want := range map[string]bool{
		"阜阳去年一整年120出车多少次？": true,
		"全年一共出车多少次":        true,
		"上半年全年任务完成了多少":     false, // a half named
		"去年120出车多少次":       false,
	} {
		if got := AsksWholeYear(q); got != want {
			t.Errorf("AsksWholeYear(%q) = %v, want %v", q, got, want)
		}
	}
}

// A quarter in words is a time, stripped; a Q3 inside a code is kept.
func TestStripYearsQuarters(t *testing.T) {
	got := StripYears("（工号A7Q3391）2023年二季度出院人次")
	if !strings.Contains(got, "A7Q3391") || strings.Contains(got, "季度") {
		t.Errorf("StripYears = %q", got)
	}
}

// An institution named before a measure written as a word of its own
// ("医院一年大概看多少门诊", "医院住院一次平均花费") says whose measure is
// asked, not how many institutions there are.
func TestInstitutionBeforeLaterMeasure(t *testing.T) {
	for _, q := range []string{"高台县医院一年大概看多少门诊？", "去年全国医院住院一次平均花费，按当年价格降了多少？", "全县医院一年下来的门急诊量是多少？"} {
		if got := QuestionIndicators(q); slices.Contains(got, "hospitals") {
			t.Errorf("QuestionIndicators(%q) = %v, want no count of hospitals", q, got)
		}
	}
	if got := QuestionIndicators("全县有几家医院？"); !slices.Contains(got, "hospitals") {
		t.Errorf("the count of hospitals asked read as %v", got)
	}
}

func TestDayAsked(t *testing.T) {
	for q, want := range map[string][2]int{
		"辽宁2月16号新增本土确诊几例？":   {2, 16},
		"9月5日贵阳各类病例多了多少":     {9, 5},
		"成都8月12号以来本土一共报了多少人": {0, 0}, // a span since the day
		"1月1日至2月16日累计多少例":    {0, 0},
		"2月16号和17号各新增几例":     {0, 0}, // two days
		"去年12月报了多少例":         {0, 0},
	} {
		if m, d := DayAsked(q); m != want[0] || d != want[1] {
			t.Errorf("DayAsked(%q) = %d, %d, want %v", q, m, d, want)
		}
	}
	if !OfOtherDay("辽宁2月17日新增9例本土确诊病例", 2, 16) || OfOtherDay("2月16日0—24时新增7例", 2, 16) || OfOtherDay("全省新增7例", 2, 16) {
		t.Error("OfOtherDay: a text of another day only is of another day; of that day or of none, not")
	}
}

// FuzzDayAsked: a day read from a question is a calendar day, and a text
// naming no day never dates by another one, nor does one naming that day.
func FuzzDayAsked(f *testing.F) {
	for _, s := range []string{"辽宁2月16号新增本土确诊几例？", "8月12号以来", "2月16号和17号", "112月3日", "", "\xff月1日", "13月40日"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		m, d := DayAsked(q)
		if m == 0 != (d == 0) || m < 0 || m > 12 || d < 0 || d > 31 {
			t.Fatalf("DayAsked(%q) = %d, %d", q, m, d)
		}
		if m == 0 {
			return
		}
		if !strings.ContainsAny(q, "日号") {
			t.Fatalf("DayAsked(%q) = %d, %d with no day word", q, m, d)
		}
		if OfOtherDay(q, m, d) {
			t.Fatalf("%q names %d月%d日, yet only other days", q, m, d)
		}
		if OfOtherDay("全省新增7例", m, d) {
			t.Fatal("a text naming no day dates by another")
		}
	})
}

// A question asking by what steps a thing was chosen, and the sentences
// that tell such steps.
func TestProcedureAskedAndStated(t *testing.T) {
	for q, want := range map[string]bool{
		"辰溪今年这批优秀护士是怎么评出来的？": true,
		"示范村是如何选出来的":         true,
		"认定要走什么程序":           true,
		"优秀护士有多少名":           false,
		"怎么做好护理工作":           false,
	} {
		if got := AsksProcedure(q); got != want {
			t.Errorf("AsksProcedure(%q) = %v", q, got)
		}
	}
	if !StatesProcedure("先由单位推荐上报,卫生健康局党委会议审核决定,最后66位优秀护士脱颖而出") {
		t.Error("steps not read")
	}
	if StatesProcedure("会上,66名优秀护士接受表彰") {
		t.Error("no steps read as steps")
	}
}

// 啥 and 什么 of a time asked ("啥时候全部搞完") ask for no list.
func TestWhenAskedIsNoList(t *testing.T) {
	for q, want := range map[string]bool{
		"西安今年这轮学生视力普查，计划啥时候全部搞完？": false,
		"什么时间开始接种": false,
		"今年打算干啥":   true,
	} {
		if got := WantsList(q); got != want {
			t.Errorf("WantsList(%q) = %v, want %v", q, got, want)
		}
	}
}
