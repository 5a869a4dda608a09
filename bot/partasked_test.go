package bot_test

import (
	"strings"
	"testing"
)

// A count of the part of a whole ("收到的申请，有几件是要拖到下一年接着办
// 的") answers with the part's figure (结转下年办理), not the whole's that
// shares more of the question's words (made-up disclosure report).
func TestCountedPartAnswered(t *testing.T) {
	b := botOver(t, map[string]string{
		"gongkai.txt": "云溪区卫生健康局2025年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况。2025年，我局共收到依申请公开16件，其中14件均按照工作流程规范给予了答复。2件结转下年办理。\n",
	})
	a := ask(t, b, nil, "云溪区卫健局2025年收到的公开申请，有几件是要拖到下一年接着办的？")
	if first := firstLine(a.Text); !strings.Contains(first, "2件") || strings.Contains(first, "16件") {
		t.Errorf("want the 2 carried over, not the 16 received:\n%s", a.Text)
	}
}

// The part asked in lay words ("病人里，受外伤的有多少人") is found under
// the reports' word for it (创伤) (made-up news report).
func TestPartAskedInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"guoqing.txt": "2024年国庆期间云溪区120平稳运行\n国庆期间,云溪区120共接警740次,救治患者673人次。接警病人中以各类创伤、心脑血管疾病居多。其中创伤317人,占疾病总数24%;呼吸系统疾病36人。\n",
	})
	a := ask(t, b, nil, "云溪区2024年国庆那几天120拉的病人里，受外伤的有多少人？")
	if first := firstLine(a.Text); !strings.Contains(first, "317人") {
		t.Errorf("want the 317 with 创伤:\n%s", a.Text)
	}
}

// Of a sum, the part given by one level ("资金里，省里出的是多少") is that
// level's share (省级资金), though no unit is asked (made-up report).
func TestPartGivenByALevel(t *testing.T) {
	b := botOver(t, map[string]string{
		"zichen.txt": "云溪县2023年基本公共卫生服务项目绩效自评报告\n我县将基本公共卫生服务项目预拨资金3608万元(中央资金2855万元、省级资金753万元)分配到各项目实施机构,2023年度基本公共卫生服务资金3728万元全部执行到位。\n",
	})
	a := ask(t, b, nil, "云溪县2023年基本公卫资金里，省里出的是多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "753万元") {
		t.Errorf("want the province's 753万元:\n%s", a.Text)
	}
}

// A part named after its whole ("本土病例320例，其中确诊病例264例") is
// asked by its own word (确诊) though its label repeats the whole's
// (made-up yearbook page).
func TestPartAfterWholeAskedByItsOwnWord(t *testing.T) {
	b := botOver(t, map[string]string{
		"nianjian.txt": "云溪区卫生健康年鉴（2020年）\n疫情防控。1月22日至年末,云溪区累计报告新冠肺炎本土病例320例,其中确诊病例264例、无症状感染者56例;境外输入病例23例,其中确诊病例6例、无症状感染者17例。\n",
	})
	a := ask(t, b, nil, "云溪2020年本土确诊的新冠病例是几例？")
	if first := firstLine(a.Text); !strings.Contains(first, "264例") {
		t.Errorf("want the 264 confirmed, not all 320 local cases:\n%s", a.Text)
	}
}

// A rate asked in a long question of other words ("按县算比例得到多少")
// is the rate whose label shares four of its bigrams, though the label's
// match over all the question's words is low (made-up notice).
func TestRateAskedAmongOtherWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"tongzhi.txt": "云溪区2025年基本公共卫生服务项目工作要点\n信息化建设:各地要持续推进电子健康档案向居民个人开放。2025年以县(市、区)为单位向居民开放比例需达到70%,同时推动电子健康档案首页数据归集。\n",
	})
	a := ask(t, b, nil, "云溪区2025年基本公卫要求电子健康档案向居民开放，按县算比例得到多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "70%") {
		t.Errorf("want the 70%% to reach:\n%s", a.Text)
	}
}

// A campaign named after the report's own place ("健康湖北建设" in 湖北省's
// report) is not named by a heading that shares only the place and 建设
// ("——美丽湖北建设步伐加快"): the sentence naming the campaign answers
// (made-up work report).
func TestCampaignNamedAfterThePlace(t *testing.T) {
	b := botOver(t, map[string]string{
		"baogao.txt": "2026年湖北省政府工作报告\n一、过去五年工作回顾\n——美丽湖北建设步伐加快。坚持绿水青山就是金山银山理念，长江大保护纵深推进。生态环境质量持续向好，森林覆盖率提高到42.5%。\n——人民生活品质持续改善。千方百计促进就业。深入推进健康湖北建设，完成全省疾控机构改革，1819个公共卫生体系补短板工程建成运行。加快健全养老育幼服务体系。\n",
	})
	a := ask(t, b, nil, "湖北这几年健康湖北建设主要干了些啥？")
	if _, first, _ := strings.Cut(a.Text, "1. "); !strings.HasPrefix(first, "“深入推进健康湖北建设") {
		t.Errorf("want the campaign's sentence, not the 美丽湖北 section:\n%s", a.Text)
	}
}

// A change written as doublings ("较2020年翻两番") answers how much a measure
// rose (made-up work report).
func TestChangeInDoublings(t *testing.T) {
	b := botOver(t, map[string]string{
		"baogao.txt": "2026年天津市政府工作报告\n一、2025年工作回顾\n建成养老机构357家，每千人口托位数较2020年翻两番，新增医疗卫生机构床位6639张。\n",
	})
	a := ask(t, b, nil, "天津2025年每千人口托位数跟2020年比涨了多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "翻两番") {
		t.Errorf("want the doublings:\n%s", a.Text)
	}
}

// Doublings are a change, not the level: asked the level, the report that
// gives only the doublings does not answer with them as the level reached
// (made-up work report).
func TestDoublingsAreNoLevel(t *testing.T) {
	b := botOver(t, map[string]string{
		"baogao.txt": "2026年天津市政府工作报告\n一、2025年工作回顾\n每千人口托位数较2020年翻两番，达到4.5个。\n",
	})
	a := ask(t, b, nil, "天津2025年每千人口托位数是多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "4.5个") {
		t.Errorf("want the level 4.5个, not the doublings:\n%s", a.Text)
	}
}

// Two things asked together ("感染者和病人") are answered by the figure that
// names both, not by the part written after 其中 that names one (made-up
// bulletin).
func TestBothThingsAskedTogether(t *testing.T) {
	b := botOver(t, map[string]string{
		"jinzhan.txt": "2021年云溪区艾滋病防治工作进展\n2021年1-10月,全区新报告艾滋病病毒感染者和病人375例,其中艾滋病病毒感染者305例、艾滋病病人70例。\n截至2024年10月底,全区现存活艾滋病病毒感染者和病人4517例。\n",
	})
	a := ask(t, b, nil, "云溪区2021年1到10月新报告了多少例艾滋病感染者和病人？")
	if first := firstLine(a.Text); !strings.Contains(first, "375例") {
		t.Errorf("want the 375 of both:\n%s", a.Text)
	}
}
