package bot_test

import (
	"strings"
	"testing"
)

// A count asked in a counter of its own ("几份监督意见书") is answered by the
// figure of that noun in that counter, not by a figure of the programme the
// question's other words name in another counter (made-up figures).
func TestCountedNounAndCounterAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"工作动态.txt": "2025年,国家卫健委下达宁陕县“双随机”抽查工作任务84个,涉及公共场所、学校卫生、妇幼健康等8个专业。\n" +
			"截止目前,全县“双随机”抽查任务完成率、完结率均达100%,累计下达监督意见书17份,对3家单位的违法行为立案查处。\n",
	})
	a := ask(t, b, nil, "宁陕县2025年双随机抽查一共下了几份监督意见书？")
	if !strings.Contains(a.Text, "17份") || strings.Contains(a.Text, "84个") {
		t.Errorf("answer %q, want 17份 and not 84个", a.Text)
	}
}

// A rate asked by its catalogue name ("规范管理率") is not answered by
// another share of the same people ("占到患者总数的87.92%") (made-up
// figures).
func TestRateAskedIsNotAnotherShare(t *testing.T) {
	b := botOver(t, map[string]string{
		"社区精神卫生工作研究.txt": "截至2021年底,上海市嘉定区在册严重精神障碍患者数量为7401人,其中6507人都是在社区居家进行生活和康复,占到患者总数的87.92%。\n",
		"福州市精神卫生工作.txt":  "2021年,福州市严重精神障碍患者规范管理率为85.3%。\n",
	})
	a := ask(t, b, nil, "上海嘉定区2021年底重精患者的规范管理率是多少？")
	if strings.Contains(a.Text, "87.92%") {
		t.Errorf("answer %q gives another share as the 规范管理率", a.Text)
	}
}

// Asked how a count changed, the answer gives the change a later sentence
// states of the thing counted by its head ("报告突发公共卫生事件53起。与
// 2018年相比,报告事件数增加47%"), not the level (made-up figures).
func TestChangeOfTheCountedHead(t *testing.T) {
	b := botOver(t, map[string]string{
		"应急办通报.txt": "2019年,某省通过网络直报系统报告突发公共卫生事件53起,累计报告发病数2396例。与2018年相比,报告事件数增加47%,报告发病数上升1.39倍。\n",
	})
	a := ask(t, b, nil, "某省2019年报的突发公共卫生事件，数量比前一年多了多少？")
	if !strings.Contains(a.Text, "47%") {
		t.Errorf("answer %q lacks the change 47%%", a.Text)
	}
}

// A question on one kind of insurance (居民医保) is not answered by a
// figure whose sentence names only the other (职工医保), by any of their
// names; a sentence naming both keeps its figure (made-up figures).
func TestOtherInsuranceKindInTheSentence(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县DIP结算.txt": "2021年,某县居民医保参与DIP结算的病例数49021个,结付率达93.31%;职工医保参与DIP结算的病例数10149个,结付率为103.65%。\n" +
			"2021年某县参加职工医保的人数为23502人,应参加城乡居民基本医疗保险的人口基数为244797人,实际参保人数为245525人。\n",
	})
	if a := ask(t, b, nil, "某县2021年居民医保按DIP结算，结付率是多少？"); !strings.Contains(a.Text, "93.31%") || strings.Contains(a.Text, "103.65%") {
		t.Errorf("answer %q, want 93.31%% and not the 职工医保 103.65%%", a.Text)
	}
	if a := ask(t, b, nil, "某县2021年城乡居民医保实际参保了多少人？"); !strings.Contains(a.Text, "245525人") {
		t.Errorf("answer %q lacks 245525人", a.Text)
	}
}

// A count asked up to a month's end ("到10月底已经完成多少座") is the one the
// text gives as of that month, not the year's task (made-up figures).
func TestCountAsOfTheMonthAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"改厕工作开展情况.txt": "2020年某区农村改厕工作开展情况\n今年是我区农村改厕三年行动计划的收官之年,确保今年我区完成4.1万座农村改厕任务。截至2020年10月30日,全区已完成农村户改厕任务40926座,完成率99.82%。\n",
	})
	a := ask(t, b, nil, "某区2020年农村改厕，到10月底已经完成多少座了？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "40926座") {
		t.Errorf("answer %q, want 40926座 first", a.Text)
	}
}
