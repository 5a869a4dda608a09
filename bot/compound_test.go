package bot_test

import (
	"strings"
	"testing"
)

// A message asking two things gets both answered, the second taking the
// first's place and years.

// planAndResult is a made-up provincial report: a review of 2023 and the
// plan for 2024, with a long-term target, under bare part titles (the
// figures are invented).
var planAndResult = map[string]string{
	"海南省2024年政府工作报告.txt": "2024年海南省政府工作报告\n各位代表：\n现在向大会报告工作。\n2023年工作回顾\n" +
		"全省新增养老床位3852张，人均预期寿命达到79.1岁，养老机构护理型床位占比达到58%。\n" +
		"2024年重点工作\n新增养老床位3000张。到2030年，人均预期寿命达到80岁，养老机构护理型床位占比达到70%。\n",
	"海南省2025年政府工作报告.txt": "2025年海南省政府工作报告\n各位代表：\n现在向大会报告工作。\n2024年工作回顾\n" +
		"全省新增养老床位3500张。全省医疗卫生机构床位5.2万张。与上年比较，床位增加0.2万张。\n",
	"贵州省2024年政府工作报告.txt": "2024年贵州省政府工作报告\n各位代表：\n现在向大会报告工作。\n2023年工作回顾\n" +
		"全省新增养老床位1200张，人均预期寿命达到77.5岁，养老机构护理型床位占比达到40%。\n",
}

func TestCompoundQuestionAnswersEachPart(t *testing.T) {
	b := botOver(t, planAndResult)
	a := ask(t, b, nil, "海南省到2030年人均预期寿命想到多少岁？养老机构护理型床位要占多少？")
	for _, want := range []string{"80岁", "70%"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	// The second part names no place or year: 海南省's 2030 target, not
	// 贵州省's or 2023's share.
	for _, wrong := range []string{"40%", "58%", "77.5"} {
		if strings.Contains(a.Text, wrong) {
			t.Errorf("answer states %s: %s", wrong, a.Text)
		}
	}
	if len(a.Sources) < 2 || !strings.Contains(a.Text, "[2]") {
		t.Errorf("each part should cite its own source, numbered in one sequence: %s", a.Text)
	}
}

func TestComparisonIsNotASecondQuestion(t *testing.T) {
	b := botOver(t, planAndResult)
	a := ask(t, b, nil, "海南和贵州2023年人均预期寿命分别是多少？哪个省高？")
	if !strings.Contains(a.Text, "79.1") || !strings.Contains(a.Text, "77.5") || !strings.Contains(a.Text, "比较") {
		t.Errorf("a comparison of two places, answered side by side: %s", a.Text)
	}
}

// disclosure is a made-up information-disclosure report of a city bureau.
var disclosure = map[string]string{
	"宁波市卫生健康委员会2023年政府信息公开工作年度报告.txt": "宁波市卫生健康委员会2023年政府信息公开工作年度报告\n一、总体情况\n" +
		"2023年，我委收到政府信息公开申请44件（其中：网上申请42件，邮寄申请2件），本年度办结39件。\n" +
		"二、2024年工作安排\n城乡居民免费健康体检人数达100万以上。\n",
}

func TestCountWithAnAside(t *testing.T) {
	b := botOver(t, disclosure)
	a := ask(t, b, nil, "宁波市卫健委2023年一共收到多少件政府信息公开申请？")
	if !strings.Contains(a.Text, "44件") || strings.Contains(a.Text, "42件") {
		t.Errorf("want 44件 quoted without the parts in its aside: %s", a.Text)
	}
	// "多少人" is answered by "…人数达100万": a multiplier whose counter the
	// label gives.
	a = ask(t, b, nil, "宁波市2024年打算给城乡居民免费体检多少人？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(a.Text, "100万") {
		t.Errorf("want the figure 100万: %s", a.Text)
	}
}

// countyAndCity are made-up reports of a county whose short form is an
// ordinary word (天台) and of its city.
var countyAndCity = map[string]string{
	"天台县卫生健康局2024年工作总结.txt": "天台县卫生健康局2024年工作总结\n一、主要成效\n全县人均预期寿命达到81.5岁。\n",
	"台州市卫生健康委2024年工作总结.txt": "台州市卫生健康委2024年工作总结\n一、主要成效\n全市人均预期寿命达到82.1岁。\n",
}

func TestCountyShortFormTheReportsHold(t *testing.T) {
	a := ask(t, botOver(t, countyAndCity), nil, "天台和台州的人均预期寿命各是多少？哪边高？")
	for _, want := range []string{"【天台县】", "81.5岁", "【台州市】", "82.1岁", "比较"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	// Without 天台县's report, 天台 is not read as a place.
	onlyCity := map[string]string{"台州市卫生健康委2024年工作总结.txt": countyAndCity["台州市卫生健康委2024年工作总结.txt"]}
	a = ask(t, botOver(t, onlyCity), nil, "天台和台州的人均预期寿命各是多少？")
	if strings.Contains(a.Text, "天台县") {
		t.Errorf("a short form the reports do not hold read as a place: %s", a.Text)
	}
}

// A city's short form run into the question ("新乡搞…") is read as the
// city when the reports hold it, so another place's report does not answer.
func TestCityShortFormTheReportsHold(t *testing.T) {
	b := botOver(t, map[string]string{
		"新乡市公共卫生体系建设三年行动计划.txt": "新乡市公共卫生体系建设三年行动计划\n一、总体思路\n坚持“以人为本,健康优先;预防为主,强化基层”基本原则，推进公共卫生服务网络建设。\n",
		"浙江省卫生健康工作要点.txt":       "2023年浙江省卫生健康工作要点\n一、总体要求\n1.坚持基本原则。坚持人民至上、生命至上。\n",
	})
	a := ask(t, b, nil, "新乡搞公共卫生体系建设，要坚持哪些基本原则？")
	if !strings.Contains(a.Text, "健康优先") || !strings.Contains(a.Text, "强化基层") || strings.Contains(a.Text, "浙江") {
		t.Errorf("want 新乡's principles, whole, and not 浙江's: %s", a.Text)
	}
}

func TestCountOfALabelWhoseIndicatorIsARate(t *testing.T) {
	// 基本养老保险参保 reads as the catalogue's 参保率, but 778万人 is a
	// count: it answers a question about how many are insured.
	b := botOver(t, map[string]string{"海南省2026年政府工作报告.txt": "2026年海南省政府工作报告\n一、2025年工作回顾\n基本养老保险参保778万人，养老保险待遇稳步提升。\n"})
	a := ask(t, b, nil, "海南基本养老保险现在参保的有多少人？")
	if !strings.HasPrefix(a.Text, "根据资料，海南省2025年基本养老保险参保为778万人") {
		t.Errorf("want the count as the answer: %s", a.Text)
	}
}

// "一共多少张病床？比前年涨了多少？": the second question asks how the first's
// measure changed, and is answered with that measure's change.
func TestCompoundChangeOfTheFirstMeasure(t *testing.T) {
	b := botOver(t, map[string]string{
		"公报.txt": "某省2022年卫生健康统计公报\n截至2022年末全省共有卫生机构25062个。年末全省医疗卫生单位共有病床167692张，比上年增长0.7%。全省共有卫生技术人员21.7万人，增长2.5%。\n",
	})
	a := ask(t, b, nil, "某省2022年年底医疗卫生单位一共多少张病床？比前年涨了多少？")
	if !strings.Contains(a.Text, "167692张") || !strings.Contains(a.Text, "0.7%") {
		t.Errorf("level and change not both answered: %s", a.Text)
	}
}

// Two indicators named with one measure word ("孕产妇和婴儿死亡率") are
// each answered, in a compound message too.
func TestSharedMeasureWordAnswersBoth(t *testing.T) {
	b := botOver(t, map[string]string{"a.txt": "2023年某省卫生健康工作总结\n一、主要指标\n全省孕产妇死亡率、婴儿死亡率、五岁以下儿童死亡率分别降至12.55/10万、2.59‰、4.36‰。人均预期寿命提高到77.3岁。\n"})
	for _, q := range []string{"2023年孕产妇和婴儿死亡率是多少？", "这两年人均寿命到多少岁了？孕产妇和婴儿死亡率降到多少？"} {
		a := ask(t, b, nil, q)
		for _, want := range []string{"12.55/10万", "2.59‰"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%s: answer lacks %s: %s", q, want, a.Text)
			}
		}
	}
}

// "艾滋病报了多少例、死了几个": the second clause asks the deaths of the
// disease the first names, from the same table row.
func TestSecondClauseTakesTheDisease(t *testing.T) {
	b := botOver(t, map[string]string{"疫情概况.txt": "2020年7月某区法定传染病疫情概况\n2020年7月全区共报告法定传染病9742例。\n" +
		"2020年7月全区法定传染病发病、死亡统计表\n病名\n发病数\n死亡数\n甲乙丙类总计\n9742\n61\n艾滋病\n125\n46\n病毒性肝炎\n2833\n1\n"})
	a := ask(t, b, nil, "2020年7月那张统计表里，艾滋病报了多少例、死了几个？")
	for _, want := range []string{"125", "46"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "2833") || strings.Contains(a.Text, "9742") {
		t.Errorf("answer states another row's figure: %s", a.Text)
	}
}

// "流感疫苗要打多少人？到年中完成了几成？": the second asks the progress of
// the first's task, the row's 完成率, not another task's (the rows' cells
// are of unequal number, as a web table's with blank cells dropped).
func TestProgressOfTheFirstTask(t *testing.T) {
	cells := []string{
		"序号", "民生实事名称", "项目内容", "完成率(%)", "牵头单位",
		"1", "*医疗卫生", "为全县60岁以上老年人免费接种流感疫苗27758人。", "20%", "是,全省统一进度", "县卫健局",
		"2", "*医疗卫生", "为全县重点人群免费开展结直肠癌筛查16000人。", "40%", "县卫健局",
	}
	b := botOver(t, map[string]string{"文成县民生实事进度表.txt": "文成县2024年民生实事项目半年度进度表\n" + strings.Join(cells, "\n\n") + "\n"})
	a := ask(t, b, nil, "文成今年给60岁以上老人免费打流感疫苗要打多少人？到年中完成了几成？")
	for _, want := range []string{"27758人", "20%"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "40%") {
		t.Errorf("answer states the other task's progress: %s", a.Text)
	}
}

// "哪几项重点活？挑几个说说" asks for some items of a list: one question,
// not a second asking how many of something "说说" is (made-up report).
func TestRequestForSomeItemsIsNoSecondQuestion(t *testing.T) {
	b := botOver(t, map[string]string{
		"neixiang.txt": "某县狠抓十项重点工作\n2024年,全县卫生健康工作要抓实抓牢10项重点任务。这10项重点工作是:一是认真开展“优质服务基层行”活动。二是启动社区医院建设试点。三是推进紧密型医共体建设。四是加强基层卫生人才队伍建设。\n",
	})
	a := ask(t, b, nil, "某县今年卫健这块定了哪几项重点活？挑几个说说")
	if strings.Contains(a.Text, "未找到") || !strings.Contains(a.Text, "社区医院") {
		t.Errorf("want the items, as one answer: %s", a.Text)
	}
}

// A later question with no topic of its own ("现在是多少？") asks the first
// question's measure.
func TestLaterPartWithoutTopicAsksTheFirstsMeasure(t *testing.T) {
	b := botOver(t, map[string]string{
		"渭南市2018年基本公卫资金.txt": "市财政局下拨基本公共卫生服务政府补助资金\n2018年,渭南市基本公共卫生人均财政补助标准在2017年基础上提高5元,达到每人每年55元。\n",
	})
	a := ask(t, b, nil, "渭南2018年基本公卫每人的财政补助标准比去年涨了多少？现在是多少？")
	for _, want := range []string{"5元", "55元"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}
