package bot_test

import (
	"strings"
	"testing"
)

// A count question is answered by the figure counting the noun it names,
// not by one naming that noun as a modifier of another thing counted
// ("…申请答复书 1份" for "收到多少政府信息公开申请").
func TestCountedNounDecides(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县2025年信息公开年报.txt": "某县卫生健康局2025年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开工作规范高效\n" +
			"全年共收到依申请公开申请 3 件,在法定时限内完成审查、办理与答复,出具《政府信息公开申请答复书》2 份。\n",
	})
	a := ask(t, b, nil, "某县卫健局2025年收到多少政府信息公开申请？")
	if !strings.Contains(a.Text, "3件") {
		t.Errorf("want the 3 applications received: %s", a.Text)
	}
}

// "多少家" is answered in 间 too (southern usage), and by the level before
// the change of the same measure beside it.
func TestLevelInAnotherCounterBeforeChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2022年工作报告.txt": "某区卫生健康局2022年工作报告\n一、主要工作\n" +
			"全区医疗机构相比2021年末增加66间。全区共有医疗机构787间。下属31家医疗机构全面疏理整改工作。\n",
	})
	a := ask(t, b, nil, "某区2022年全区一共有多少家医疗机构？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "787间") {
		t.Errorf("want 787间 first: %s", a.Text)
	}
	if strings.Contains(a.Text, "66间") {
		t.Errorf("the change is listed beside the level asked: %s", a.Text)
	}
}

// A count in the counter asked whose label ends in the thing counted
// ("核酸检测机构36家" for "能做核酸的机构有几家") answers, though the rest of
// the question is in lay words.
func TestCountOfTheThingAskedInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2020年卫生健康工作.txt": "某市2020年卫生健康工作情况\n一、主要工作\n" +
			"投入10885万元建设新冠病毒核酸检测实验室,核酸检测机构36家,核酸最大日检测能力由200份提升到11万份。\n",
	})
	a := ask(t, b, nil, "某市2020年能做核酸的机构有几家？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(a.Text, "36家") {
		t.Errorf("want 36家:\n%s", a.Text)
	}
}

// A two-character lay noun counted ("多少篇稿子") stands for the reports'
// term (稿件) as a longer one does.
func TestCountOfShortLayNoun(t *testing.T) {
	b := botOver(t, map[string]string{
		"舟山市卫生健康委2024年政府信息公开工作年度报告.txt": "舟山市卫生健康委2024年政府信息公开工作年度报告\n一、总体情况\n" +
			"2024年,在市政府网站、卫生健康委官网等平台主动公开信息近1000条,“健康舟山”微信平台累计发布365篇稿件。\n",
		"济宁市卫生健康委2024年政府信息公开工作年度报告.txt": "济宁市卫生健康委2024年政府信息公开工作年度报告\n一、总体情况\n" +
			"2024年,通过政务微信公众号发布信息236条。\n",
	})
	a := ask(t, b, nil, "舟山市卫健委2024年微信公众号一共发了多少篇稿子？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(a.Text, "365篇") {
		t.Errorf("want 365篇:\n%s", a.Text)
	}
}

// A yearbook table of beds names only the institutions in its rows: a
// count in 张 is their beds.
func TestYearbookBedsRow(t *testing.T) {
	b := botOver(t, map[string]string{
		"床位表.txt": "18-19 医疗卫生机构床位数\n单位:张 (unit)\n项   目 Item 2020 2021\n" +
			"各类医疗卫生机构床位 Total Number of Beds in Health Institutions  101640 106513\n" +
			"  中医医院   TCM Hospitals 11803 12016\n  卫生院   Township Hospitals 1873 2339\n",
	})
	a := ask(t, b, nil, "2021年中医院的床位有多少张？")
	if !strings.Contains(a.Text, "12016张") || strings.Contains(a.Text, "11803") {
		t.Errorf("want 12016张 alone:\n%s", a.Text)
	}
}

// A part its sentence names after 其中 answers after its whole and is not
// listed beside it when the question does not name the part.
func TestWholeBeforeNamedPart(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2024年统计公报.txt": "2024年某市卫生健康事业发展统计公报\n医院出院患者平均住院日为8.25日,其中公立医院为9.07日。\n",
	})
	a := ask(t, b, nil, "某市2024年病人住一回院平均要躺几天？")
	if !strings.Contains(a.Text, "8.25日") || strings.Contains(strings.Split(a.Text, "来源")[0], "9.07") {
		t.Errorf("want the whole's 8.25日 alone:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某市2024年公立医院平均住院日是多少？")
	if !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "9.07日") {
		t.Errorf("want the part asked:\n%s", a.Text)
	}
}

// Every item listed after 其中 is a part: the total before it answers a
// question for the whole ("一共"), and a part named answers its own.
func TestWholeBeforeEveryListedPart(t *testing.T) {
	b := botOver(t, map[string]string{
		"宁陵县2025年信息公开年报.txt": "宁陵县卫生健康局2025年政府信息公开工作年度报告\n一、总体情况\n" +
			"2025年,宁陵县卫生健康局全年共发布各类信息96条,其中工作动态12条,通知公告6条,人事信息4条,行政执法9条,部门信息3条。\n",
	})
	a := ask(t, b, nil, "宁陵县卫健局2025年对外一共发了多少条信息？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.Contains(first, "96条") {
		t.Errorf("want the total 96条:\n%s", a.Text)
	}
	a = ask(t, b, nil, "宁陵县2025年人事信息发了几条？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.Contains(first, "4条") {
		t.Errorf("want the part asked, 4条:\n%s", a.Text)
	}
	a = ask(t, b, nil, "宁陵县2025年公开了多少条执法方面的信息？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.Contains(first, "9条") {
		t.Errorf("want the part named by its last word, 9条:\n%s", a.Text)
	}
}

// A lay modifier ("县里的") asks of the kind in the reports' word (县级),
// and the sentence's figures of other labels are not listed beside the
// answer.
func TestLayModifierAndOneSentencesOtherMeasures(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2025年发布会.txt": "某省卫生健康发布会\n2025年,某省全省129家县级综合医院,128家达到国家基本标准,其中110家达到推荐标准,位列全国第9。\n",
	})
	a := ask(t, b, nil, "某省2025年县里的综合医院有几家够上国家推荐标准了？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(a.Text, "110家") || strings.Contains(a.Text, "128家") {
		t.Errorf("want 110家 alone:\n%s", a.Text)
	}
}

// A part after 其中 counts what its whole counts ("…网站公开 106 条" are
// 信息), and its quote finds a value written with a space before its unit.
func TestPartCountsTheWholesThings(t *testing.T) {
	b := botOver(t, map[string]string{
		"古城县2025年信息公开年报.txt": "古城县卫生健康局2025年政府信息公开工作年度报告\n一、总体情况\n" +
			"全年累计主动公开政府信息 165 条,其中通过 “悦读古城” 平台发布 59 条,通过古城县人民政府网站公开 106 条。\n",
	})
	a := ask(t, b, nil, "古城县卫健局2025年在县政府网站上挂了多少条信息？")
	first := strings.SplitN(a.Text, "\n", 3)
	if len(first) < 2 || !strings.Contains(first[0], "106条") || strings.Contains(first[1], "165") {
		t.Errorf("want 106条 quoted alone:\n%s", a.Text)
	}
}

// The other rows of a table are other things, not listed beside the row
// asked.
func TestOtherRowsNotListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2020年医院表.txt": "表14—16 某市各类医院基本情况(2020年)\n指 标 | 机构数(个) | 实有床位数(张) |\n全 市 | 271 | 57455 |\n综合医院 | 105 | 29419 |\n中医院 | 38 | 8126 |\n专科医院 | 68 | 13438 |\n",
	})
	a := ask(t, b, nil, "某市2020年中医院一共有多少张床位？")
	if !strings.Contains(a.Text, "8126") || strings.Contains(a.Text, "29419") || strings.Contains(a.Text, "13438") {
		t.Errorf("want the 中医院 row alone:\n%s", a.Text)
	}
}

// A question naming a category's whole label ("部门公告那一类") among the
// words of its whole ("主动公开的信息里") is answered by that category's
// count alone, not by the sentence listing them all.
func TestWholeLabelNamedAmongContext(t *testing.T) {
	b := botOver(t, map[string]string{
		"宁陵县2025年信息公开年报.txt": "宁陵县卫生健康局2025年政府信息公开工作年度报告\n一、总体情况\n" +
			"围绕人民群众关心的卫生健康信息,主动公开政府信息122条,其中部门动态12条,部门公告37条,部门文件3条,医疗卫生32条,综合信息2条。\n",
	})
	a := ask(t, b, nil, "宁陵县2025年主动公开的信息里，部门公告那一类是几条？")
	first := strings.SplitN(a.Text, "\n", 3)
	if len(first) < 2 || !strings.Contains(first[0], "37条") || strings.Contains(first[1], "32条") {
		t.Errorf("want 37条 quoted alone:\n%s", a.Text)
	}
}

// A count labelled by the very noun asked in the unit asked ("公厕 13座"
// for "消杀的公厕有多少座") answers, though its label is one word.
func TestOneWordLabelOfTheNounCounted(t *testing.T) {
	b := botOver(t, map[string]string{
		"临川区2023年工作总结.txt": "临川区卫生健康委2023年工作总结\n一、爱国卫生\n每天对城区11个垃圾中转站、13座公厕、5个农贸市场实施消杀作业,消杀覆盖率达100%。\n",
	})
	a := ask(t, b, nil, "临川区2023年每天消杀的公厕有多少座？")
	first := strings.SplitN(a.Text, "\n", 3)
	if len(first) < 2 || !strings.Contains(first[0], "13座") || strings.Contains(first[1], "11个") {
		t.Errorf("want 13座 quoted alone:\n%s", a.Text)
	}
}

// A whole given in one sentence and broken down after 其中 in the next
// answers the question that names no part.
func TestWholeBeforeASentenceOfParts(t *testing.T) {
	b := botOver(t, map[string]string{
		"城厢区2023年信息公开年报.txt": "城厢区卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n" +
			"(一)主动公开方面。2023年,我局在城厢区门户网站信息公开专栏上主动公开各类信息共20条,全文电子化达100%。其中机构职能类信息4条,规划计划类4条,工作情况类7条,政府应主动公开的其它信息5条。\n",
	})
	a := ask(t, b, nil, "城厢区卫健局2023年主动公开了几条信息？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.Contains(first, "20条") {
		t.Errorf("want the whole, 20条:\n%s", a.Text)
	}
}

// A question naming a part's own subject ("公立医院" of 公立医院门急诊 under
// 区属公立医疗机构门急诊) is answered by the part, quoted by its own clause.
func TestPartNamedByItsSubject(t *testing.T) {
	b := botOver(t, map[string]string{
		"闵行区2024年工作总结.txt": "2024年闵行区卫生健康工作总结\n" +
			"本年度,区属公立医疗机构门急诊1265.67万人次,同比增长4.93%。其中公立医院门急诊491.40万人次,同比增长0.77%;社区卫生服务中心门诊774.27万人次。\n",
	})
	a := ask(t, b, nil, "闵行区属的公立医院2024年门急诊接了多少人次？不算社区的")
	lines := strings.SplitN(a.Text, "\n", 3)
	if len(lines) < 2 || !strings.Contains(lines[0], "491.40") || strings.Contains(lines[1], "4.93%") {
		t.Errorf("want 公立医院 491.40万人次 quoted by its clause:\n%s", a.Text)
	}
	// The whole named by its own words (区属, 医疗机构) is the whole's.
	a = ask(t, b, nil, "闵行区属公立医疗机构2024年一共接了多少门急诊？")
	if !strings.Contains(firstLine(a.Text), "1265.67") {
		t.Errorf("want the whole, 1265.67万人次:\n%s", a.Text)
	}
}

// A count whose label ends with the noun asked, in the unit asked ("开展手术
// 2171台" for "做了多少台手术"), answers though the label's verb is not the
// question's.
func TestLabelEndingWithTheNounCounted(t *testing.T) {
	b := botOver(t, map[string]string{
		"雄安新区2025年卫生健康工作会议.txt": "雄安新区2025年卫生健康工作会议召开\n2024年,雄安宣武医院门诊量达18.9万人次,急诊接诊1866人次,开展手术2171台。\n",
	})
	a := ask(t, b, nil, "雄安宣武医院2024年一年做了多少台手术？")
	lines := strings.SplitN(a.Text, "\n", 3)
	if len(lines) < 2 || !strings.Contains(lines[0], "2171台") || strings.Contains(lines[1], "1866") {
		t.Errorf("want 开展手术2171台 alone:\n%s", a.Text)
	}
}

// The change written after a level ("总诊疗97.76万人次,同比增加7.05%") is
// a change of the level's measure: it answers "比去年同期涨了多少".
func TestChangeOfTheLevelBeforeIt(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣汉县2024年一季度医疗服务情况.txt": "宣汉县2024年第一季度全县医疗卫生机构医疗服务情况\n一、诊疗人次\n2024年1-3月,全县医疗卫生机构总诊疗97.76万人次,同比增加7.05%。\n",
	})
	a := ask(t, b, nil, "宣汉县2024年一季度看病的总人次，比去年同期涨了多少？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.Contains(first, "7.05%") {
		t.Errorf("want the change, 7.05%%:\n%s", a.Text)
	}
}

// "收到多少件信息公开申请" is not answered by the count of appeals the
// disclosure gave rise to (因政府信息公开引起的行政复议1件), though its unit
// is the one asked: the requests are (made-up report).
func TestCountOfAnotherThingOfTheSameField(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "桐城市卫生健康局2024年政府信息公开工作年度报告\n一、总体情况\n本年度我局受理依申请公开政府信息19条,无上年度结转,均按规定在法定期限内予以答复2024年因政府信息公开引起的行政复议1件,无行政诉讼案件。\n",
	})
	a := ask(t, b, nil, "桐城市卫健局2024年收到多少件信息公开申请？")
	if !strings.Contains(firstLine(a.Text), "19条") {
		t.Errorf("want the requests, 19条:\n%s", a.Text)
	}
}

// "准备给老百姓办几件民生好事" is answered by the count a plan sets out in
// Chinese numerals ("办好九件实事"), the lay 好事 read as 实事 (made-up news).
func TestCountInChineseNumeralsAnswers(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "2025年全市卫生健康工作会议召开\n会议提出2025年“11359”的工作思路，即围绕一个目标，推进三大工程，强化五大支撑，办好九件实事。\n",
	})
	a := ask(t, b, nil, "2025年卫健部门准备给老百姓办几件民生好事？")
	if !strings.Contains(firstLine(a.Text), "九件") {
		t.Errorf("want 九件:\n%s", a.Text)
	}
}

// "被告到法院的有几起" is answered by the count of lawsuits a report gives
// in 件: a case is 一起, 一件 or 一宗 (made-up report).
func TestLawsuitsCountedInAnotherCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "桐城市卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n2023年我局收到依申请公开信息5件。接到政府信息公开申请行政复议3件，提起行政诉讼0件。\n",
	})
	a := ask(t, b, nil, "桐城市卫健局2023年因为信息公开被人告到法院的有几起？")
	if !strings.Contains(firstLine(a.Text), "行政诉讼为0件") {
		t.Errorf("want the lawsuits, 0件:\n%s", a.Text)
	}
}

// "开了多少张罚单" is answered by the penalty decisions a report counts in
// 件: a ticket is 一张, a decision 一件 (made-up report).
func TestTicketsCountedInAnotherCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "京山市卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n本年度内单位行政处罚处理决定数量39件,行政许可处理决定数量120件。\n2022年,未发生涉及卫生健康局信息公开行政复议案件和行政诉讼案件。\n",
	})
	a := ask(t, b, nil, "京山那边卫健局2022年一共开了多少张罚单？")
	if !strings.Contains(firstLine(a.Text), "39件") {
		t.Errorf("want the penalty decisions, 39件:\n%s", a.Text)
	}
}

// A count's label ending in 总量 or 总数 counts the noun before it
// ("医疗卫生机构总量962家"): the total asked, not a figure naming the noun
// last of a clause about money spent on some of them.
func TestCountLabelEndingInTotal(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2024年工作总结.txt": "某区卫生健康局2024年工作总结\n一、2024年工作总结\n" +
			"申请超过50亿元地方政府专项债资金,投入29间公立医疗卫生机构的新建、扩建和升级改造项目。全区医疗卫生机构总量962家,同比增长6.46%,开设床位9599张。\n",
	})
	a := ask(t, b, nil, "某区2024年全区一共有多少家医疗卫生机构？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "962家") {
		t.Errorf("want 962家 first: %s", a.Text)
	}
}

// A count of the thing asked in a counter near the one asked ("推送图文571
// 条" for "推了多少篇图文") answers, before a count of other things.
func TestCountedThingInNearCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县2024年信息公开年报.txt": "某县卫生健康局2024年政府信息公开工作年度报告\n一、总体情况\n" +
			"本年度本部门政务信息公开共23条。县卫健局有政务新媒体2个,2024年度共推送图文571条。\n",
	})
	a := ask(t, b, nil, "某县卫健局的公众号和官网2024年一共推了多少篇图文？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "571条") {
		t.Errorf("want 571条 first: %s", a.Text)
	}
}

// A count holding the verb asked ("新增学位") is no answer when it counts
// another noun than the one asked (托育托位): not found is said instead.
func TestVerbCountOfAnotherNoun(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2024年民生实事.txt": "某市2024年民生实事完成情况\n一、完成情况\n(十一)已新建成中小学、幼儿园96所,新增学位10.09万个,完成率168%。\n",
	})
	a := ask(t, b, nil, "某市2024年新增了多少个托育托位？")
	if strings.Contains(a.Text, "10.09万个") {
		t.Errorf("another noun's count answered: %s", a.Text)
	}
}

// "多少个编制" is answered by the 编制人员 counted in people, not by
// another count in the 个 asked.
func TestPostsAskedInGenericCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"宝轮镇卫生院2024年预算.txt": "广元市利州区宝轮镇卫生院2024年单位预算编制说明\n一、单位基本情况\n全镇下设19个村卫生室。编制人员54人。编制床位99张。\n",
	})
	a := ask(t, b, nil, "利州区宝轮镇卫生院2024年给了多少个编制？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "54人") {
		t.Errorf("want 54人 first: %s", a.Text)
	}
}
