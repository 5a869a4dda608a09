package bot_test

import (
	"strings"
	"testing"
)

// "X是怎么改的" asks how: the run-in item a heading names for X is quoted
// whole, its measures though they do not repeat X's words (made-up report).
func TestHowAnsweredByTheNamedItem(t *testing.T) {
	b := botOver(t, map[string]string{
		"醴陵市卫健局2024年工作总结.txt": "醴陵市卫生健康局2024年工作总结\n一、深化医改\n" +
			"一是完善公立医院绩效考核。调整成本控制、费用控制等考核指标。二是完善公立医院管理机制。深化人事制度改革,实施公立医院员额制。" +
			"开展信息流、商流、资金流“三流合一”的药品采购平台建设。三是推进分级诊疗。组建医共体3个。\n",
	})
	a := ask(t, b, nil, "醴陵2024年公立医院管理机制是怎么改的？")
	for _, want := range []string{"员额制", "三流合一"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "医共体") {
		t.Errorf("the next item quoted: %s", a.Text)
	}
}

// A short heading names the field it is about before a generic ending
// ("（四）平台建设情况" is about 平台): a question naming that field is
// answered by the section's items, though they share no other word with
// it (made-up disclosure report).
func TestHowAnsweredByTheSectionItsHeadingsCoreNames(t *testing.T) {
	b := botOver(t, map[string]string{
		"青禾区卫健局2023年政府信息公开工作年度报告.txt": "青禾区卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n" +
			"（一）主动公开情况\n2023年主动公开政府信息136条，其中工作动态98条。\n" +
			"（二）依申请公开情况\n2023年我局未收到政府信息公开申请。\n" +
			"（三）平台建设情况\n一是动态更新了卫生健康规范性文件，并进行了逐条政策解读；二是公布了局机关的2023年财政预算和2022年财政决算；三是开通了健康青禾微信公众号。\n" +
			"（四）监督保障情况\n将政务公开纳入年度绩效考核。\n",
	})
	a := ask(t, b, nil, "青禾区卫健局2023年信息公开平台这块具体做了些啥？")
	for _, want := range []string{"逐条政策解读", "2022年财政决算", "微信公众号"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "136条") || strings.Contains(a.Text, "绩效考核") {
		t.Errorf("another section quoted: %s", a.Text)
	}
}

// "抓党建具体做了些啥" under a heading of numbered items is answered by
// each item's heading sentence and the sentences that say how, not by
// the headings alone (made-up summary).
func TestHowQuotesWhatEachItemDid(t *testing.T) {
	b := botOver(t, map[string]string{
		"桐城市卫健委2022年工作总结.txt": "2022年桐城市卫生健康委工作总结\n一、2022年工作开展情况\n（一）落实责任，全面加强卫生健康系统党的建设\n" +
			"1.落实党建工作责任制。树立“大党建”意识。以“三化”建设为抓手，落实公立医院党建“七个全覆盖”。\n" +
			"2.强化意识形态工作责任。按照“一岗双责”要求抓意识形态工作。\n" +
			"（二）深化医改\n组建医共体3个。\n",
	})
	a := ask(t, b, nil, "桐城市卫健委2022年抓党建具体做了些啥？")
	for _, want := range []string{"七个全覆盖", "一岗双责"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s:\n%s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "医共体") {
		t.Errorf("another section quoted:\n%s", a.Text)
	}
}

// "在看病就医上准备干哪些事" asks of the health field as a whole, and a
// report in Traditional characters answers it by its field's words
// (made-up news).
func TestFieldAskedInSpeechOfATraditionalReport(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "桐城市政府工作報告\n2023年，桐城市將持續實施公共衛生補短板工程，推動婦幼保健院整體搬遷，促進醫共體高效運行。\n",
	})
	a := ask(t, b, nil, "桐城市2023年在看病就医上准备干哪些事？")
	if !strings.Contains(a.Text, "婦幼保健院整體搬遷") {
		t.Errorf("want the health work planned:\n%s", a.Text)
	}
}

// "靠啥办法往下推的" is answered by the sentence that names the work best
// and the sentences after it in its passage, which say how, though they
// share no word with the question (made-up news).
func TestHowQuotesTheSentencesAfterTheBest(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "桐城市推进健康桐城行动\n健康桐城行动启动于2020年。健康桐城行动覆盖全市各乡镇。市民对健康桐城行动评价较高。" +
			"2024年，桐城市卫生健康委会同相关部门成立健康知识普及等15个专项行动工作组，推进健康桐城行动往下落实。建立考核制度，将其纳入年度目标考核。定期通报各乡镇进展。" +
			"健康桐城行动宣传周同步举办。健康桐城行动志愿者达到2000人。\n",
	})
	a := ask(t, b, nil, "桐城市的健康桐城行动是靠啥办法往下推的？")
	for _, want := range []string{"专项行动工作组", "建立考核制度"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s:\n%s", want, a.Text)
		}
	}
}

// "都有哪些做法" is answered, too, by the sentences after the one that
// names the work best (made-up news).
func TestItemsQuestionQuotesTheSentencesAfterTheBest(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "桐城市推进健康桐城行动\n健康桐城行动启动于2020年。健康桐城行动覆盖全市各乡镇。市民对健康桐城行动评价较高。" +
			"2024年，桐城市卫生健康委会同相关部门成立15个专项行动工作组，推进健康桐城行动措施落实。建立考核制度，将其纳入年度目标考核。定期通报各乡镇进展。" +
			"健康桐城行动宣传周同步举办。健康桐城行动志愿者达到2000人。\n",
	})
	a := ask(t, b, nil, "桐城市推进健康桐城行动落实上都有哪些做法？")
	if !strings.Contains(a.Text, "建立考核制度") {
		t.Errorf("answer lacks 建立考核制度:\n%s", a.Text)
	}
}
