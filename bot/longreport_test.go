package bot_test

import (
	"fmt"
	"strings"
	"testing"
)

// A provincial government work report holds the health field's plans in
// one paragraph among paragraphs on jobs, schooling and the economy; a
// question about the whole field quotes that paragraph whole, including
// the sentences that name none of the field's words.
func TestWholeFieldQuestionQuotesTheFieldParagraph(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2026年政府工作报告\n三、2026年重点工作\n（八）持续保障改善民生\n" +
			"促进高质量充分就业。实施稳岗扩容提质行动，抓好高校毕业生就业，强化失业人员就业帮扶。\n" +
			"构建生育友好型社会。完善生育支持政策，落实育儿补贴，增加普惠托育服务供给。\n" +
			"扩大优质教育资源供给。办好人民满意的教育，优化校点布局，加强学生心理健康教育。\n" +
			"加快建设健康某省。高水平建设国家医学中心和区域医疗中心，持续加强临床重点专科建设。深化紧密型县域医共体建设，实施医疗卫生强基工程。促进医疗医保医药协同发展和治理，深化公立医院改革。建设省级医保影像云。加大重大传染病防治力度，加快高原病防治基地建设。推进中医药事业高质量发展。\n",
	})
	for _, q := range []string{"2026年在医疗卫生上有什么打算？", "2026年医疗方面有哪些重点任务？", "2026年医疗卫生工作怎么部署的？"} {
		a := ask(t, b, nil, q)
		for _, want := range []string{"医保影像云", "高原病防治基地", "区域医疗中心"} {
			if !strings.Contains(a.Text, want) {
				t.Errorf("%s: %q missing from the answer:\n%s", q, want, a.Text)
			}
		}
		if strings.Contains(a.Text, "稳岗扩容") {
			t.Errorf("%s: a sentence about jobs quoted as health work:\n%s", q, a.Text)
		}
	}
}

// A figure given under the indicator's official name answers before one
// whose label shares more of the question's words ("经济总量") but belongs
// to a part of the place.
func TestOfficialNameAnswersTheIndicator(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "四川省2026年政府工作报告\n一、2025年工作回顾\n成渝地区双城经济圈建设走深走实，经济总量超9万亿元。实现地区生产总值67665亿元，增长5.5%。\n",
	})
	a := ask(t, b, nil, "四川2025年GDP总量是多少？")
	if !strings.HasPrefix(a.Text, "根据资料，四川省2025年地区生产总值为67665亿元") {
		t.Errorf("the official statistic should lead:\n%s", a.Text)
	}
}

// A figure question whose measure no passage names is answered "not found"
// naming it, not with passages that merely share the topic's words.
func TestAbsentMeasureIsNotFound(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "某县打造云上健康平台\n一、主要做法\n平台建立用户、家庭医生等六级关联流转模式，实现健康科普一键式服务。\n",
	})
	a := ask(t, b, nil, "家庭医生签约率是多少？")
	if !strings.Contains(a.Text, "没有找到") || !strings.Contains(a.Text, "家庭医生签约率") || len(a.Sources) != 0 {
		t.Errorf("want a not-found naming the measure:\n%s", a.Text)
	}
}

// A question in lay words is answered with the sentence that uses the
// official terms the thesaurus gives for them.
func TestLayWordsFindTheOfficialSentence(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某区2025年政府工作报告\n一、2025年工作回顾\n妇儿医院综合楼、盲人按摩医院等建成投用。全区基本实现政策范围内分娩个人“无自付”。\n",
	})
	a := ask(t, b, nil, "生孩子住院还要自己掏钱吗？")
	if !strings.Contains(a.Text, "无自付") {
		t.Errorf("the official sentence is missing:\n%s", a.Text)
	}
}

// A question naming a table row's key ("市财政局") is answered with that
// row whole, not with headings that share the plan's name.
func TestNamedTableRow(t *testing.T) {
	b := botOver(t, map[string]string{
		"plan.txt": "句容市将健康融入所有政策工作实施方案\n三、工作内容\n（一）开展将健康融入所有政策体系建设\n1. 建立工作机制。成立市健康促进委员会。\n附件 各部门政策开发的重点领域\n" +
			"部门：市教育局；政策开发重点领域：改善学校卫生环境。开展健康促进学校建设。\n" +
			"部门：市财政局；政策开发重点领域：提高对健康领域的经费支持。将健康促进与教育经费纳入预算。\n",
	})
	a := ask(t, b, nil, "句容市财政局在健康融入所有政策里要做什么？")
	if !strings.Contains(a.Text, "健康促进与教育经费") || strings.Contains(a.Text, "健康促进学校") {
		t.Errorf("want the 市财政局 row only:\n%s", a.Text)
	}
}

// A heading quoted with the sentence after it does not take a second slot
// when that sentence is quoted alone: the slot goes to another sentence.
func TestExtractsDoNotRepeatASentence(t *testing.T) {
	b := botOver(t, map[string]string{
		"summary.txt": "某县2016年上半年工作总结\n一、上半年工作总结\n4.大力开展爱国卫生运动。以爱卫月、春季爱国卫生运动为契机,大力开展病媒生物防制、控烟和健康教育工作。由县爱卫办统一组织除四害。" +
			"加强控烟工作,开展“青春无烟,人生无悔”为主题的控烟宣传健康科普活动,开展医疗卫生系统和公共场所禁烟工作督导暗访,取得了良好效果。\n",
	})
	a := ask(t, b, nil, "2016年上半年控烟工作是怎么做的？")
	if !strings.Contains(a.Text, "青春无烟") {
		t.Errorf("the second 控烟 sentence is missing:\n%s", a.Text)
	}
}

// "现在是多少" is answered with the latest actual; the start of the change
// and next year's target are not listed as figures.
func TestLatestFigure(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2026年政府工作报告\n一、2025年工作回顾\n五年来，全省人均预期寿命由77.0岁提高到78.3岁。\n二、2026年主要任务\n力争人均预期寿命达到78.6岁。\n",
	})
	a := ask(t, b, nil, "某省人均预期寿命现在是多少？")
	if !strings.Contains(a.Text, "为78.3岁") || strings.Contains(a.Text, "为77.0岁") || strings.Contains(a.Text, "78.6岁") {
		t.Errorf("want the latest actual only:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "某省人均预期寿命五年来提高了多少？"); !strings.Contains(a.Text, "77.0岁") {
		t.Errorf("a question about the change keeps its start:\n%s", a.Text)
	}
}

// Figures answer the measure asked: not another indicator its sentence
// also names, a rate with a percentage, and no other measure listed beside.
func TestFigureOfTheMeasureAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2026年政府工作报告\n一、2025年工作回顾\n国家区域医疗中心引入新技术新项目874项，197家二级以上医院开设体重管理门诊。\n" +
			"2025年全省参合农民达31.29万人，参合率达98.23%。城乡居民合作医疗保险参合人数339478人。\n二、2026年主要任务\n力争人均预期寿命接近全国平均水平，人均受教育年限达到11.7年。\n",
	})
	tests := []struct{ q, want, not string }{
		{"某省人均预期寿命现在多少岁？", "人均预期寿命", "11.7年（"},
		{"2025年新农合参合率是多少？", "参合率达98.23%", "339478人（"},
		{"有多少家二级以上医院开了体重管理门诊？", "197家", "874项（"},
	}
	for _, tt := range tests {
		a := ask(t, b, nil, tt.q)
		if !strings.Contains(a.Text, tt.want) || strings.Contains(a.Text, tt.not) {
			t.Errorf("%s: want %q and not %q:\n%s", tt.q, tt.want, tt.not, a.Text)
		}
	}
}

// The items of a section whose heading names the topic are quoted with
// their subsections, which share no word with the question, each cited by
// its own passage.
func TestSectionItemsWithTheirSubsections(t *testing.T) {
	pad := strings.Repeat("深入学习贯彻落实上级决策部署，切实把各项要求贯穿到卫健工作全过程、各环节，不断提高干部职工队伍的凝聚力和战斗力。", 3)
	b := botOver(t, map[string]string{
		"summary.txt": "某县卫健委2023年工作总结\n一、工作开展情况\n（一）扎实开展党的建设工作\n" +
			"一是加强党性学习教育。" + pad + "\n" +
			"二是加强对意识形态工作的领导。严格落实定期分析研判制度。" + pad + "\n" +
			"三是落实全面从严治党主体责任。班子成员严格落实“一岗双责”。" + pad + "\n" +
			"（二）提升医疗服务能力\n县医院新建胸痛中心。\n",
	})
	a := ask(t, b, nil, "2023年扎实开展党的建设工作方面做了哪些？")
	for _, want := range []string{"意识形态", "一岗双责"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
	if strings.Count(a.Text, "[1]") == strings.Count(a.Text, "[") {
		t.Errorf("every item cited to the first source:\n%s", a.Text)
	}
}

// A how-question asked of one article quotes more than two of its
// sentences when no heading names the topic.
func TestListFromOneArticle(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "某县健康细胞建设覆盖城乡\n记者获悉，某县健康宣传科普工作成效明显，健康宣传科普覆盖全县。健康宣传科普进村入户。\n据悉，某县创新推进健康科普活动模式，开展健康赶场日活动500场，参与群众达10余万人。" +
			"其中，云上健康平台已实现健康科普一键式服务。此外，某县还开展了互联网宣传基地建设，开设一分钟说健康栏目，向居民传播健康科普知识。\n",
	})
	a := ask(t, b, nil, "某县是怎么搞健康宣传科普的？")
	for _, want := range []string{"健康赶场日", "一分钟说健康"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
}

// A passage holding a whole official term the thesaurus gives for the
// question's lay words answers it ("看病就医" → 医疗服务), though the
// term's bigrams are too common to count one by one.
func TestWholeOfficialTermMakesAPassageRelevant(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某区2025年政府工作报告\n一、2025年工作回顾\n医疗服务不断改善。创伤、危重新生儿救治等“五大中心”实现县域全覆盖。全区基本实现政策范围内分娩个人“无自付”。\n",
	})
	a := ask(t, b, nil, "2025年看病就医方面有哪些改善？")
	if !strings.Contains(a.Text, "五大中心") {
		t.Errorf("the 医疗服务 passage is missing:\n%s", a.Text)
	}
}

// A count asked in one unit is not answered by a figure of another unit
// and another measure.
func TestCountOfAnotherUnitIsNoAnswer(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "长春市卫生健康委员会2024年政府信息公开工作年度报告\n一、总体情况\n2024年，委官方网站公开发布信息244条，其中发布1条概况类信息，35条政务动态信息，29条信息公开目录信息。\n",
	})
	a := ask(t, b, nil, "长春市卫健委2024年收到多少件信息公开申请？")
	if strings.Contains(a.Text, "根据资料") {
		t.Errorf("a count of 条 given for 件:\n%s", a.Text)
	}
}

// Requests are counted in 件, 条 or 例 as a report chooses: a count of the
// requests in another of these words answers "多少件/份申请"; a count of
// another thing in it does not (the test above).
func TestRequestsCountedInAnotherWord(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "海南省卫生健康委员会2020年政府信息公开工作年度报告\n一、总体情况\n2020年度，我委共主动公开政府信息3895条。制作依申请公开信息495条，收到申请26例，均依法进行办理。\n",
	})
	a := ask(t, b, nil, "海南省卫健委2020年一共收到了多少份信息公开申请？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.Contains(first, "26例") {
		t.Errorf("want 收到申请26例:\n%s", a.Text)
	}
}

// "占…多少" asks for a share: a percentage answers it, not the total.
func TestShareAnsweredByAPercentage(t *testing.T) {
	b := botOver(t, map[string]string{
		"bulletin.txt": "2024年我国卫生健康事业发展统计公报\n四、卫生费用\n2024年全国卫生总费用初步核算为90895.5亿元，其中：政府卫生支出占26.0%，社会卫生支出占46.5%，个人卫生支出占27.5%。\n",
	})
	a := ask(t, b, nil, "2024年个人卫生支出占卫生总费用的多少？")
	if !strings.HasPrefix(a.Text, "根据资料") || strings.Contains(a.Text, "为90895.5亿元（") {
		t.Errorf("want a share, not the total:\n%s", a.Text)
	}
}

// A heading that holds the official term the thesaurus gives for the
// question's lay word ("党的建设" for "党建") names its topic.
func TestHeadingWithTheOfficialTerm(t *testing.T) {
	pad := strings.Repeat("切实把各项要求贯穿到卫健工作全过程、各环节，不断提高干部职工队伍的凝聚力和战斗力。", 4)
	b := botOver(t, map[string]string{
		"summary.txt": "某县卫健委2023年工作总结\n一、工作开展情况\n（一）扎实开展党的建设工作\n一是加强党性学习教育。" + pad +
			"二是加强对意识形态工作的领导。" + pad + "\n（二）提升医疗服务能力\n县医院新建胸痛中心。" + pad + "\n",
	})
	a := ask(t, b, nil, "2023年党建这块都做了啥？")
	if !strings.Contains(a.Text, "意识形态") || strings.Contains(a.Text, "胸痛中心") {
		t.Errorf("want the items under 扎实开展党的建设工作:\n%s", a.Text)
	}
}

// A run-in topic sentence inside a long paragraph ("加快建设健康某省。")
// heads the sentences after it up to the next such sentence, also when the
// paragraph is cut into two passages after it: the list answer reads the
// paragraph to its end.
func TestRunInTopicSentenceItemsAcrossPassages(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2026年政府工作报告\n三、2026年重点工作\n（九）加大保障和改善民生力度\n" +
			strings.Repeat("着力稳就业促增收，实施城乡居民增收计划和稳岗扩容提质行动，千方百计增加居民收入和扩大中等收入群体。", 9) +
			"加快建设健康某省。推动新一轮高水平医院建设，创建国家医学中心和国家区域医疗中心。" +
			"实施医疗卫生强基工程，推进紧密型县域医共体建设，加强县区、基层医疗机构运行保障。" +
			strings.Repeat("强化重大慢性病、老年病防治和重大传染病防控，加强疾病预防控制体系建设。", 2) +
			"统筹建强全省统一的12356心理援助热线体系，加强心理健康服务。加强全生命周期人口服务。落实育儿补贴等生育支持政策。\n",
	})
	a := ask(t, b, nil, "2026年建设健康某省有哪些打算？")
	for _, want := range []string{"国家医学中心", "强基工程", "12356"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing from the items of 加快建设健康某省:\n%s", want, a.Text)
		}
	}
	for _, not := range []string{"稳岗扩容", "育儿补贴"} {
		if strings.Contains(a.Text, not) {
			t.Errorf("%q belongs to another topic sentence:\n%s", not, a.Text)
		}
	}
}

// A lay wording in a longer question ("看病就医方面的改善") names a topic
// sentence holding its official term and another of its words ("医疗服务
// 不断改善"): the answer is that paragraph's sentences.
func TestLayWordingNamesATopicSentence(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某自治区2026年政府工作报告\n一、2025年工作回顾\n" +
			"教育事业加快发展。新改扩建各类学校366所，新增教育学位16万多个。\n" +
			"医疗服务不断改善。加强基本能力建设，“五大中心”实现县域全覆盖。全区基本实现政策范围内分娩个人“无自付”。获批全国医保影像云试点。\n" +
			"社会保障加大投入。最低工资标准每月提高183元。\n",
	})
	a := ask(t, b, nil, "2025年看病就医方面有哪些改善？")
	for _, want := range []string{"五大中心", "无自付", "医保影像云"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "366所") {
		t.Errorf("a sentence of another topic quoted:\n%s", a.Text)
	}
}

// A question that names the document ("健康融入所有政策那个意见里") and a
// part of it is answered with that part's items: the words of the title do
// not decide which heading is meant.
func TestQuestionNamingTheDocumentFindsItsPart(t *testing.T) {
	b := botOver(t, map[string]string{
		"opinion.txt": "某省人民政府办公厅关于推进健康融入所有政策的实施意见\n三、将健康融入文化建设\n" +
			"（八）普及文明健康生活方式。开展体重管理年活动，倡导健康饮食。\n" +
			"（九）弘扬中医药传统文化。深入挖掘传统炮制工艺。推动实施“新时代神农尝百草”工程。打造中医药对外交流传播“本省窗口”。\n" +
			"四、将健康融入社会建设\n（十）完善卫生健康服务体系。推进医联体建设。\n",
	})
	a := ask(t, b, nil, "健康融入所有政策那个意见里，中医药文化这块都有啥措施？")
	for _, want := range []string{"神农尝百草", "本省窗口"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "体重管理年") {
		t.Errorf("another part quoted:\n%s", a.Text)
	}
}

// A question about how much a figure changed is answered with the amount
// of the change, not the level reached; the quote keeps the label.
func TestChangeQuestionGetsTheAmount(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2024年政府工作报告\n一、2023年工作回顾\n医疗机构门诊预交金全面取消，基层医疗机构居民门诊报销比例达到65%、提高15个百分点，异地就医直接结算率超过92%。\n",
	})
	a := ask(t, b, nil, "2023年门诊报销比例提高了多少？")
	if level := strings.Index(a.Text, "65%"); !strings.Contains(a.Text, "15个百分点") || level >= 0 && level < strings.Index(a.Text, "15个百分点") {
		t.Errorf("the amount of change should lead:\n%s", a.Text)
	}
}

// A how-many question whose passages hold no number says so before
// quoting them.
func TestNumberQuestionWithoutNumberSaysNotFound(t *testing.T) {
	b := botOver(t, map[string]string{
		"opinion.txt": "某县卫生健康工作要点\n一、重点工作\n做好适龄女生HPV疫苗接种工作。开展医育结合专项行动，加强产前筛查工作。\n",
	})
	a := ask(t, b, nil, "某县给多少适龄女生打了HPV疫苗？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(a.Text, "HPV疫苗接种") {
		t.Errorf("want not found first, then the passage:\n%s", a.Text)
	}
}

// A figure of a document that names no place is offered for a question
// naming a place, after saying that nothing names that place.
func TestUnplacedDocumentIsACandidateWithNotFoundFirst(t *testing.T) {
	b := botOver(t, map[string]string{
		"bulletin.txt": "《公报》显示，卫生资源总量稳步增长。2023年，每千人口注册护士6.6人，每万人口全科医生3.67人。\n",
	})
	a := ask(t, b, nil, "太原2023年每千人有几个护士？")
	if !strings.HasPrefix(a.Text, "资料中没有找到写明是太原市2023年的") || !strings.Contains(a.Text, "6.6人") || strings.Contains(a.Text, "3.67") {
		t.Errorf("want not found for the place first, then the unplaced figure alone:\n%s", a.Text)
	}
	// Without a year to check, any unplaced document would do: not found.
	a = ask(t, b, nil, "安徽每千人有几个护士？")
	if !strings.Contains(a.Text, "没有找到安徽省") || strings.Contains(a.Text, "6.6") {
		t.Errorf("an unplaced figure given for a question without a year:\n%s", a.Text)
	}
}

// The place's own documents hold other years only: an unplaced document's
// figure of the year asked is offered, after saying that nothing names the
// place for that year, rather than "only other years".
func TestUnplacedFigureOfTheYearBeatsThePlacesOtherYears(t *testing.T) {
	b := botOver(t, map[string]string{
		"bulletin.txt": "《2022年全国卫生健康统计公报》显示，全国孕产妇死亡率下降到15.7/10万。\n全国医疗卫生机构总诊疗人次84.2亿。我国卫生资源持续增长。\n",
		"article.txt":  "为了人人健康\n“十一五”末期，孕产妇死亡率下降到30.0/10万，人民群众健康水平明显提高。\n",
	})
	a := ask(t, b, nil, "十一五末全国孕产妇死亡率是多少？")
	if !strings.HasPrefix(a.Text, "资料中没有找到写明是全国2010年的") || !strings.Contains(a.Text, "30.0/10万") || strings.Contains(a.Text, "15.7") {
		t.Errorf("want not found for the place and year first, then the unplaced figure of 2010:\n%s", a.Text)
	}
	// The place's only figure of that year is a change: it does not
	// answer what the level was.
	b = botOver(t, map[string]string{
		"news.txt":    "国家卫生部召开会议\n“十一五”期间，全国孕产妇死亡率下降了12.5%，我国妇幼健康水平提高，全国妇幼保健网络健全。\n",
		"article.txt": "为了人人健康\n“十一五”末期，孕产妇死亡率下降到30.0/10万，人民群众健康水平明显提高。\n",
	})
	a = ask(t, b, nil, "十一五末全国孕产妇死亡率是多少？")
	if !strings.Contains(a.Text, "30.0/10万") || strings.Contains(a.Text, "12.5") {
		t.Errorf("want the level of the unplaced document, not the place's change:\n%s", a.Text)
	}
}

// A question about a period of years ("十四五期间") is answered from the
// paragraph reviewing the period ("五年来，…"), not the last year's, which
// names more of the field's words.
func TestPeriodQuestionTakesThePeriodsReview(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2026年政府工作报告\n一、2025年工作回顾和“十四五”发展主要成绩\n" +
			"优化医疗卫生服务供给，建设10个国家临床重点专科，建成2个国家中医药传承创新中心，二级及以上公立医疗机构检查检验结果互认项目增至222项。建成50个基层智能化康复中心。\n" +
			"五年来，我们大力发展民生社会事业，人民生活品质稳步提高。组建紧密型城市医疗集团39个、县域医共体192个，5个国家区域医疗中心建设项目落地。公共卫生体系建设有力加强。\n",
	})
	a := ask(t, b, nil, "十四五期间医疗卫生方面取得了哪些成绩？")
	if year := strings.Index(a.Text, "222项"); !strings.Contains(a.Text, "医疗集团39个") || year >= 0 && year < strings.Index(a.Text, "医疗集团39个") {
		t.Errorf("the period's review should come first:\n%s", a.Text)
	}
}

// A figure whose label the catalogue reads as another indicator answers a
// question that names more than the asked indicator when it names that
// too (体重管理门诊 for 减肥门诊); a question for the indicator alone is
// not answered by it.
func TestLabelNamingTheQuestionBeyondItsIndicator(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2024年政府工作报告\n一、2023年工作回顾\n国家区域医疗中心引入新技术新项目874项，197家二级以上医院开设体重管理门诊，90%的县医院达到三级医院服务能力水平。\n",
	})
	a := ask(t, b, nil, "2023年有多少家医院开了减肥门诊？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(a.Text, "197家") || len(a.Figures) == 0 {
		t.Errorf("the 体重管理门诊 figure should answer:\n%s", a.Text)
	}
	a = ask(t, b, nil, "2023年全省有多少家医院？")
	if strings.Contains(a.Text, "197家") && !strings.Contains(a.Text, "没有找到") {
		t.Errorf("a part of the hospitals given as their number:\n%s", a.Text)
	}
}

// A whole-field question is answered with the paragraph a short sentence
// naming the field opens ("做好卫生健康服务。"), not with a text that only
// repeats the field's words more.
func TestFieldParagraphOpenedByItsName(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "天津市2025年政府工作报告\n二、2025年工作安排\n（七）坚持以高品质生活为引领\n" +
			"做优教育服务供给。新建改扩建中小学校11所，新增学位1.62万个。加强高素质专业化教师队伍建设。\n" +
			"做好卫生健康服务。推进紧密型医联体建设。深化医保支付方式改革。加快中医药传承创新发展。深入开展爱国卫生运动。\n",
		"law.txt": "某法（2019年修订）\n第六章 保障措施\n县级以上人民政府应当落实疾病预防控制机构基本建设经费；对其他医疗卫生机构承担疾病预防控制任务所需经费予以保障。疾病预防控制部门确定传染病预防、监测、救治项目，医疗机构、公共卫生机构、疾病预防控制机构按职责落实，加强基层医疗卫生机构和医疗服务建设。\n",
	})
	a := ask(t, b, nil, "天津2025年卫生健康这块打算怎么干，重点有哪些？")
	for _, want := range []string{"紧密型医联体", "爱国卫生运动"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "疾病预防控制机构基本建设") || strings.Contains(a.Text, "中小学校") {
		t.Errorf("another text quoted:\n%s", a.Text)
	}
}

// A list question naming a part whose items are sections of their own
// ("“防控重大疾病”下面有哪几个专项行动") is answered with those sections'
// headings in order, also when small ones share a passage.
func TestItemsAreTheSubsectionsOfANamedPart(t *testing.T) {
	body := func(s string) string { return strings.Repeat(s, 24) }
	b := botOver(t, map[string]string{
		"opinion.txt": "国务院关于实施健康中国行动的意见\n三、主要任务\n（二）维护全生命周期健康。\n10.实施老年健康促进行动。" + body("推进医养结合，提高老年健康服务能力。") + "\n" +
			"（三）防控重大疾病。\n11.实施心脑血管疾病防治行动。" + body("心脑血管疾病是第一死因，引导居民学习急救知识。") + "\n" +
			"12.实施癌症防治行动。" + body("倡导积极预防癌症，推进早筛查、早诊断、早治疗。") + "\n" +
			"13.实施糖尿病防治行动。" + body("提示居民关注血糖水平，加强健康管理。") + "\n" +
			"四、组织实施\n（一）加强组织领导。国家层面成立推进委员会。\n",
	})
	a := ask(t, b, nil, "健康中国行动的意见里，“防控重大疾病”下面有哪几个专项行动？")
	for _, want := range []string{"11.实施心脑血管疾病防治行动", "12.实施癌症防治行动", "13.实施糖尿病防治行动"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "老年健康促进行动") || strings.Index(a.Text, "12.实施") < strings.Index(a.Text, "11.实施") {
		t.Errorf("another part's item, or out of order:\n%s", a.Text)
	}
}

// A trend table keeps a figure's qualifiers: "提高1岁以上" is a change, not
// a level of 1岁.
func TestTrendCellKeepsQualifiers(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2024年政府工作报告\n一、2023年工作回顾\n人均预期寿命提高1岁以上。\n二、2024年工作安排\n到2030年，人均预期寿命提高到80.4岁。\n",
	})
	a := ask(t, b, nil, "历年人均预期寿命的情况？")
	if !strings.Contains(a.Text, "提高1岁以上") {
		t.Errorf("the change lost its qualifiers:\n%s", a.Text)
	}
}

// A figure question naming its document is answered from that document
// only: what it lacks is not found, though another document has it.
func TestNamedDocumentOnly(t *testing.T) {
	b := botOver(t, map[string]string{
		"opinion.txt": "国务院关于实施健康中国行动的意见\n一、总体要求\n到2030年，全民健康素养水平大幅提升，人均健康预期寿命得到较大提高。\n",
		"report.txt":  "黑龙江省2026年政府工作报告\n二、“十五五”时期主要目标\n到2030年，人均预期寿命提高到80.4岁。\n",
	})
	a := ask(t, b, nil, "实施健康中国行动的意见里，2030年人均预期寿命的目标是多少岁？")
	if strings.Contains(a.Text, "80.4") || !strings.Contains(a.Text, "没有找到") {
		t.Errorf("another document's figure given:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "2030年人均预期寿命的目标是多少岁？"); !strings.Contains(a.Text, "80.4岁") {
		t.Errorf("without a named document the figure answers:\n%s", a.Text)
	}
}

// The words naming the document are no part of what is asked of it: the
// figure is found by the rest of the question.
func TestNamedDocumentAnswersWhatIsAskedOfIt(t *testing.T) {
	b := botOver(t, map[string]string{
		"opinion.txt": "国务院关于实施健康中国行动的意见\n一、行动背景\n心脑血管疾病、癌症等慢性非传染性疾病导致的死亡人数占总死亡人数的88%，导致的疾病负担占疾病总负担的70%以上。\n",
	})
	a := ask(t, b, nil, "国务院实施健康中国行动那个意见里说，慢性病死的人占总死亡人数多少？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(a.Text, "88%") {
		t.Errorf("want the 88%% figure of the named document:\n%s", a.Text)
	}
}

// The items of a named list that concern a topic ("重点民生实事里跟卫生健康
// 有关的"), from a list after a colon or a paragraph the list's name opens.
func TestScopedListItems(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "重庆市2026年政府工作报告\n三、2026年工作安排\n" +
			"今年，我们将接续办好15件市级重点民生实事，包括：完成老旧小区改造600个；治理中心城区交通堵乱点60处；为不少于5万名经济困难的严重精神障碍患者免费提供抗精神病药物；为70万妇女免费开展“两癌”筛查；建成反诈工作站100个。\n" +
			"落实落细民生工程。稳定高校毕业生就业。完善基本医疗保险、大病保险和医疗救助保障机制。营造林600万亩。\n",
	})
	a := ask(t, b, nil, "重庆2026年的重点民生实事里跟卫生健康有关的有哪些？")
	for _, want := range []string{"抗精神病药物", "两癌"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "老旧小区") || strings.Contains(a.Text, "反诈") {
		t.Errorf("an item off the topic:\n%s", a.Text)
	}
	a = ask(t, b, nil, "重庆2026年民生工程里跟看病、医保有关的安排有哪些？")
	if !strings.Contains(a.Text, "大病保险") || strings.Contains(a.Text, "营造林") || strings.Contains(a.Text, "高校毕业生") {
		t.Errorf("items of 民生工程 about 看病、医保:\n%s", a.Text)
	}
}

// A question naming a catalogue indicator whose passages near the topic
// name another one says the indicator is not found, names it, and shows
// those passages only as related text; passages that name it in other
// words ("接种HPV疫苗" for HPV疫苗接种率) still answer.
func TestIndicatorNoPassageNamesIsNotFound(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "某省2025年政府工作报告\n一、2024年工作回顾\n养老机构护理型床位达到10万张，每千人口拥有3岁以下婴幼儿托位数增长27.8%。\n",
	})
	a := ask(t, b, nil, "某省现在每千人口执业医师有多少人？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(a.Text, "每千人口执业（助理）医师数") ||
		strings.Contains(a.Text, "托位") || len(a.Sources) != 0 {
		t.Errorf("want the indicator not found, by its name, and no passage that does not even name 医师:\n%s", a.Text)
	}
	b = botOver(t, map[string]string{
		"report.txt": "某省2025年政府工作报告\n一、2024年工作回顾\n全省执业医师队伍持续壮大，推进医师区域注册，鼓励医师多点执业。\n",
	})
	a = ask(t, b, nil, "某省现在每千人口执业医师有多少人？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(a.Text, "不是它的答案") || len(a.Warnings) == 0 {
		t.Errorf("want the indicator not found, the passage on 医师 labelled as not its answer:\n%s", a.Text)
	}
	b = botOver(t, map[string]string{
		"report.txt": "某省2025年政府工作报告\n一、2024年工作回顾\n免费为36万适龄女生接种HPV疫苗，两癌筛查惠及妇女50万人。\n",
	})
	a = ask(t, b, nil, "某省给女孩子免费打宫颈癌疫苗打了多少人？")
	if strings.Contains(a.Text, "没有找到") || !strings.Contains(a.Text, "36万") {
		t.Errorf("a passage naming the indicator in other words should answer:\n%s", a.Text)
	}
}

// An extract answer leaves out the sentences about another part of what
// is asked (乙类 for a question about 甲类).
func TestExtractsLeaveOutTheContrastedPart(t *testing.T) {
	b := botOver(t, map[string]string{
		"law.txt": "传染病防治办法\n第三章 报告\n医疗机构发现甲类传染病患者时，应当于两小时内进行网络直报；发现乙类传染病患者时，应当于二十四小时内进行网络直报；发现丙类传染病患者时，按规定报告。\n",
	})
	a := ask(t, b, nil, "医院发现甲类传染病病人，要在多长时间内网络直报？")
	if !strings.Contains(a.Text, "两小时内") || strings.Contains(a.Text, "二十四小时内") {
		t.Errorf("want the 甲类 sentence alone:\n%s", a.Text)
	}
}

// A definition question is answered with the sentence that defines the
// term, though many passages use it; a question that asks no definition
// is answered as before.
func TestDefinitionQuestion(t *testing.T) {
	b := botOver(t, map[string]string{
		"law.txt": "传染病防治法\n第一章 总则\n第三条 本法所称传染病，分为甲类传染病、乙类传染病、丙类传染病。\n" +
			"甲类传染病，是指对人体健康和生命安全危害特别严重的传染病，包括鼠疫、霍乱。\n乙类传染病，是指对人体健康和生命安全危害严重的传染病，包括新型冠状病毒感染、艾滋病。\n" +
			"第四章 疫情控制\n医疗机构发现甲类传染病时，应当及时采取隔离措施。发现甲类传染病患者，应当于两小时内报告。对甲类传染病疑似患者，确诊前单独隔离治疗。\n",
	})
	a := ask(t, b, nil, "新的传染病防治法里，甲类传染病是哪几种？")
	if !strings.HasPrefix(a.Text, "根据《传染病防治法》") || !strings.Contains(a.Text, "鼠疫、霍乱") ||
		strings.Contains(a.Text, "艾滋病") || strings.Contains(a.Text, "两小时内") {
		t.Errorf("want the sentence defining 甲类传染病 alone:\n%s", a.Text)
	}
	a = ask(t, b, nil, "医院发现甲类传染病要多久报告？")
	if strings.HasPrefix(a.Text, "根据《") && strings.Contains(a.Text, "是指") {
		t.Errorf("a question asking no definition answered with one:\n%s", a.Text)
	}
}

// An amount asked is not answered by a count that shares the rest of its
// words, and a label written without its subject is read under its
// heading ("补偿金额" under "1.城乡居民合作医疗").
func TestAmountIsNotAnsweredByACount(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "2023年卫生局工作总结\n一、上半年工作开展情况\n1.城乡居民合作医疗\n2023年我市城乡居民合作医疗保险参合人数339478人。截止6月份，共计补偿474387人次，补偿金额达4584.76万元。\n",
	})
	a := ask(t, b, nil, "2023年城乡居民合作医疗保险补偿金额是多少？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(firstLine(a.Text), "4584.76万元") {
		t.Errorf("want the amount, not the count of insured:\n%s", a.Text)
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// A figure question naming two places gets each place's own figure, side
// by side and compared, never one place's for both.
func TestFigureForEachPlaceNamed(t *testing.T) {
	b := botOver(t, map[string]string{
		"henan.txt":    "2026年河南省政府工作报告\n一、2025年工作回顾\n发放育儿补贴181.2万人，新增普惠性托位9万个。\n",
		"liaoning.txt": "2026年辽宁省政府工作报告\n一、2025年工作回顾\n16万儿童享受学前一年免费教育，育儿补贴发放60万人。\n",
	})
	a := ask(t, b, nil, "河南和辽宁2025年育儿补贴分别发给了多少人？哪个省多？")
	h, l := strings.Index(a.Text, "181.2万人"), strings.Index(a.Text, "60万人")
	if h < 0 || l < 0 || !strings.Contains(a.Text, "【河南省】") || !strings.Contains(a.Text, "【辽宁省】") ||
		!strings.Contains(a.Text, "河南省（181.2万人）高于辽宁省（60万人）") || len(a.Sources) != 2 {
		t.Errorf("want each province's figure and the comparison:\n%s", a.Text)
	}
	for _, s := range a.Sources {
		if !strings.Contains(a.Text, fmt.Sprintf("[%d]", s.N)) {
			t.Errorf("source %d is never cited:\n%s", s.N, a.Text)
		}
	}
}

// The items of a list whose fields are numbered paragraphs ("1.医疗卫生方
// 面。…") are those of the paragraph of the field asked about.
func TestListItemsOfTheFieldAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "2026年某省政府工作报告\n三、2026年重点工作\n（九）办好民生实事\n今年继续认真办好十方面民生实事，坚决做到言必信、行必果。\n" +
			"1.医疗卫生方面。全省30万以上参保孕产妇生育费用“零自付”。举办名中医惠老服务活动1000场。将重度失能人员纳入长护险保障。\n" +
			"2.养老帮困方面。提高城乡居民基本养老保险缴费补贴标准。新增护理员1万人。\n",
	})
	a := ask(t, b, nil, "某省2026年医疗卫生方面的民生实事都有哪几件？")
	for _, want := range []string{"零自付", "名中医惠老", "长护险"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %s:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "缴费补贴") {
		t.Errorf("an item of another field:\n%s", a.Text)
	}
}

// A whole-field question answered from a paragraph that several fields
// share ("全面发展社会事业。…") quotes only its sentences on health work.
func TestFieldQuestionSkipsOtherFieldsOfAParagraph(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "2026年吉林省政府工作报告\n二、2026年工作安排\n（六）坚持民生为大\n" +
			"全面发展社会事业。深入实施历史文化遗产保护利用工程，加强历史文化名城保护。推进义务教育优质均衡发展，实施县域高中振兴行动。" +
			"加快紧密型县域医共体建设，实施医疗卫生强基工程。开展新一轮包虫病防治攻坚行动。办好市民文化节、农民文化节等文化惠民活动。\n" +
			"着力稳就业。城镇新增就业22万人。\n",
	})
	a := ask(t, b, nil, "吉林2026年在医疗卫生上有哪些打算？")
	if !strings.Contains(a.Text, "医共体") || !strings.Contains(a.Text, "包虫病") {
		t.Errorf("the health sentences are missing:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "历史文化") || strings.Contains(a.Text, "义务教育") {
		t.Errorf("sentences of other fields quoted:\n%s", a.Text)
	}
}

// "Not found for that place" names the indicator asked by its catalogue
// name, not the question's wording ("人均预期寿命的目标").
func TestPlaceNotFoundNamesTheIndicator(t *testing.T) {
	b := botOver(t, map[string]string{
		"zhejiang.txt": "2026年浙江省政府工作报告\n一、2025年工作回顾\n人均预期寿命达到82.5岁。\n",
	})
	a := ask(t, b, nil, "河南“十五五”期间人均预期寿命的目标是多少？")
	if !strings.HasPrefix(a.Text, "资料中没有找到河南省的“人均预期寿命”数字") || strings.Contains(a.Text, "82.5") {
		t.Errorf("want not found for 河南 naming 人均预期寿命:\n%s", a.Text)
	}
}

// A trend table marks a year the original left blank and says, below it,
// that no number is given there rather than guessing one.
func TestTrendSaysABlankIsNoNumber(t *testing.T) {
	b := botOver(t, map[string]string{
		"2022.txt": "2022年卫生工作总结\n一、主要工作\n全县新农合参合率为___%。\n",
		"2023.txt": "2023年卫生工作总结\n一、主要工作\n全县新农合参合率达98.23%。\n",
	})
	a := ask(t, b, nil, "新农合参合率这几年是怎么变化的？")
	if !strings.Contains(a.Text, "98.23%") || !strings.Contains(a.Text, "（原文空白）") ||
		!strings.Contains(a.Text, "原文此处未给出具体数字") || len(a.Warnings) == 0 {
		t.Errorf("want the blank year marked and explained:\n%s", a.Text)
	}
}

// "哪些X…" is answered by the sentence that lists items "…等X", alone.
func TestWhichQuestionTakesTheEnumeration(t *testing.T) {
	b := botOver(t, map[string]string{
		"law.txt": "传染病防治法\n第四章 报告\n学校、托育机构、养老机构、体育场馆、车站、港口、机场等重点场所发现传染病患者时，应当向所在地疾病预防控制机构报告。" +
			"检验检测机构等应当向所在地疾病预防控制机构报告与传染病防治有关的信息。任何单位和个人发现传染病患者时，应当及时报告。\n",
	})
	a := ask(t, b, nil, "哪些重点场所发现传染病病人要向疾控报告？")
	if !strings.Contains(a.Text, "托育机构") || strings.Contains(a.Text, "检验检测机构") {
		t.Errorf("want the enumerating sentence alone:\n%s", a.Text)
	}
}

func TestScopedItemsOfAnAnnexList(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "2025年广东省政府工作报告\n一、2024年工作回顾\n全省经济稳步增长。\n附件1 2025年省十件民生实事\n" +
			"一、为老年人提供健康管理、医养结合服务。为超2.5万名失能老年人免费提供上门服务。\n" +
			"二、深入推进农村公路建设。升级改造农村公路超4000公里。\n" +
			"三、提升县域医疗服务水平和完善居民医保激励机制。聘请200名医疗专家到县级公立医院工作。\n" +
			"四、新建新能源汽车公共充电桩。新建充电桩超1.17万个。\n",
	})
	a := ask(t, b, nil, "广东2025年的十件民生实事里，跟卫健、医保沾边的有哪几件？")
	for _, want := range []string{"一、为老年人提供健康管理、医养结合服务。", "三、提升县域医疗服务水平和完善居民医保激励机制。"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("%q missing:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "农村公路") || strings.Contains(a.Text, "充电桩") {
		t.Errorf("an item off the topic:\n%s", a.Text)
	}
}

// A change asked over past years is answered by its ends; a target set for
// a later year is no end of it and is not listed beside them.
func TestChangeWithoutLaterTargets(t *testing.T) {
	b := botOver(t, map[string]string{
		"review.txt": "某省卫生健康十年\n2012年至2021年,人均预期寿命从75.11岁增至78.06岁。\n",
		"plan.txt":   "某省卫生健康“十四五”规划\n到2025年,人均预期寿命达到79.06岁。\n",
	})
	a := ask(t, b, nil, "某省这十年人均寿命是从多少岁涨到多少岁的？")
	if !strings.Contains(a.Text, "75.11岁") || !strings.Contains(a.Text, "78.06岁") || strings.Contains(a.Text, "79.06岁") {
		t.Errorf("want both ends and not the 2025 target:\n%s", a.Text)
	}
}

// A question asking by when is answered by the sentence that states the
// time, not by the one that best names the programme, nor read as asking a
// speaker's demands ("要求什么时候").
func TestWhenAskedQuotesTheTime(t *testing.T) {
	b := botOver(t, map[string]string{
		"hpv.txt": "某市2025年适龄女生HPV疫苗免费接种安排\n2025年,某市卫健委、市教育局等部门联合印发《2025年某市适龄女生HPV疫苗免费接种项目实施方案》,明确今年将为全市适龄女生提供HPV疫苗免费接种服务。市卫健委主任强调,要加强HPV疫苗接种宣传,确保适龄女生应接尽接。\n" +
			"覆盖人群\n具有本省学籍的2025年春季学年七至九年级在校女生。\n实施时间\n七至九年级适龄女生首剂次疫苗接种将于5月底前启动,7月底前完成首剂次接种;\n秋季七年级新进校适龄女生首剂次接种将于10月启动,12月底前完成首剂次接种。\n",
	})
	a := ask(t, b, nil, "某市七到九年级那批女生，HPV第一针要求什么时候前打完？")
	if !strings.Contains(firstLine(strings.TrimPrefix(a.Text, "以下内容摘自资料原文（未经模型生成）：\n")), "7月底前") {
		t.Errorf("want the sentence stating 7月底前 first:\n%s", a.Text)
	}
}
