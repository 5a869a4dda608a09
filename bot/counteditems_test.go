package bot_test

import (
	"strings"
	"testing"
)

// "哪三点要求" is answered by the run-in list of three items a speaker
// gave, found in the paragraph after the one naming the meeting, each item
// by its first clause.
func TestCountedItemsFromTheNextParagraph(t *testing.T) {
	filler := strings.Repeat("会议总结了全年卫生健康工作，研究部署了今年卫生健康工作和有关重点任务，各县区卫生健康局、市直医疗卫生单位负责同志参加会议。", 4)
	b := botOver(t, map[string]string{
		"meeting.txt": "2024年全市卫生健康工作会议召开\n3月20日上午，2024年全市卫生健康工作会议召开。副市长陈某参加会议并讲话。\n" + filler + "\n" +
			"陈某指出，各级各部门要认真落实部署。一要明确方向、知责尽责，深刻领会重要论述，不断强化政治担当。二要围绕中心、服务大局，持续巩固深化医改成果，全面提升服务能力。三是迎难而上、主动作为，聚焦发展目标抓落实，推动重点任务落地见效。" +
			strings.Repeat("同时，要全面加强党的建设，推动党建和业务工作深度融合。", 6) + "\n",
	})
	a := ask(t, b, nil, "今年全市卫生健康工作会议上，副市长提了哪三点要求？")
	for _, want := range []string{"明确方向、知责尽责", "围绕中心、服务大局", "迎难而上、主动作为"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("item %q missing: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "深刻领会") {
		t.Errorf("an item quoted beyond its first clause: %s", a.Text)
	}
}

// A figure whose own sentence does not name its programme is found by the
// programme the paragraph opens with ("双随机一公开" above "共抽取71家任务").
func TestFigureOfTheParagraphsProgramme(t *testing.T) {
	b := botOver(t, map[string]string{
		"监督总结.txt": "某县2017年卫生监督工作总结\n一、监督执法\n按照上级统一部署，我县开展了卫生计生监督“双随机一公开”工作。今年我县共抽取71家任务。移动执法终端录入率100%。\n" +
			"二、公共场所\n全县公共场所从业人员持证率98%，量化分级管理覆盖率96%。\n",
	})
	a := ask(t, b, nil, "某县2017年卫生监督双随机一共抽了多少家？")
	if !strings.Contains(a.Text, "71家") {
		t.Errorf("the count under the paragraph's programme not found: %s", a.Text)
	}
}

// Doses asked as 针 are 剂次: a count in that unit whose label shares the
// question's words answers it, though no catalogue indicator names it.
func TestDosesAskedByTheNeedle(t *testing.T) {
	b := botOver(t, map[string]string{
		"疾控.txt": "某区疾控中心2023年工作总结\n2023年，全年累计发放手足口病宣传彩页11万份，完成出血热疫苗接种23011剂次，开展健康主题知识培训10场。\n",
	})
	a := ask(t, b, nil, "某区疾控2023年给群众打了多少针防出血热的疫苗？")
	if !strings.Contains(a.Text, "23011剂次") {
		t.Errorf("doses not found: %s", a.Text)
	}
}

// In a report form's rows, a part ("其中:乡镇卫生院" under the beds)
// answers a question that names it, and the whole one that does not.
func TestPartOrWholeOfAReportForm(t *testing.T) {
	cells := []string{"序号", "指标", "单位", "2011年", "2010年", ""}
	for _, r := range [][]string{
		{"28", "卫生机构", "个", "8052"}, {"29", "其中:农村牧区卫生院", "个", "1340"}, {"30", "医院", "个", "467"},
		{"31", "年末医疗卫生单位病床", "张", "97811"}, {"32", "其中:乡镇卫生院", "张", "16424"}, {"33", "医院", "张", "71435"},
	} {
		cells = append(cells, r...)
		cells = append(cells, "", "")
	}
	b := botOver(t, map[string]string{"公报数据.txt": "内蒙古自治区2011年统计公报数据表\n" + strings.Join(cells, "\n|") + "\n|\n"})
	for q, want := range map[string]string{
		"内蒙古2011年全区卫生机构一共有多少个？":             "8052个",
		"内蒙古2011年报的统计公报数，全区乡镇卫生院的床位填的是多少张？": "16424张",
		"内蒙古2011年医疗卫生单位病床一共多少张？":            "97811张",
	} {
		if a := ask(t, b, nil, q); !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], want) {
			t.Errorf("%s: want %s first: %s", q, want, a.Text)
		}
	}
}

// A part a question names ("医生" of 卫生技术人员：其中医生) answers as the
// indicator it names, though the whole measures another.
func TestPartNamedByTheQuestion(t *testing.T) {
	text := "17-2 各市卫生事业基本情况 | ||||\n(2004年) | ||||\n地 区 | 卫 生 技术人员 (人) | \n|||\n#医 生 | #注 册 护 士 |\n||\n" +
		"济南市 | 34318 | 14674 | 11560 |\n济宁市 | 27096 | 11063 | 8385 |\n"
	b := botOver(t, map[string]string{"年鉴.txt": text})
	if a := ask(t, b, nil, "济宁市2004年的医生有多少人？"); !strings.Contains(a.Text, "11063") {
		t.Errorf("the doctors of 济宁市 not found: %s", a.Text)
	}
}

// Items said as a run of short phrases ("一是认清形势,找准差距,新征程上再
// 奋进；") are quoted whole: the first phrase alone drops their point
// (made-up news).
func TestShortRunInItemsQuotedWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结会.txt": "南江县召开2023年妇幼健康工作总结会\n县卫健局主任张三要求:一是提高站位,压实责任,新起点上再出发;二是聚焦重点,补齐短板,优服务上再提升;三是凝聚合力,狠抓落实,促发展上再用力。\n",
	})
	a := ask(t, b, nil, "南江县卫健局在妇幼工作总结会上提了哪几条要求?")
	for _, want := range []string{"提高站位,压实责任", "聚焦重点,补齐短板"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s:\n%s", want, a.Text)
		}
	}
}
