package bot_test

import (
	"strings"
	"testing"
)

// Beside the figure that answers, only figures of the same indicator are
// listed: a sibling measure ("微信公众号发布信息")
// is no answer to a question about the web site's.
func TestSiblingMeasureNotListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"西城区2024年政务公开年报.txt": "北京市西城区卫生健康委员会2024年政府信息公开工作年度报告\n一、总体情况\n（二）主动公开情况\n" +
			"1.多渠道协同,拓宽传播路径。充分发挥西城区政府门户官方网站主阵地作用。2024年,我委利用北京市西城区人民政府网站共发布信息312条," +
			"其中领导介绍5条、工作动态120条、通知公告60条、双公示40条。发挥新媒体渠道优势,利用“健康西城”微信公众号等平台向公众发布信息," +
			"让政务信息以更高效的方式触达群众。全年微博更新信息40条,微信公众号发布信息905条,浏览量3万余次。\n",
	})
	a := ask(t, b, nil, "西城区卫健委2024年在区政府网站上一共挂了多少条信息？")
	if !strings.Contains(a.Text, "312条") {
		t.Fatalf("answer lacks 312条: %s", a.Text)
	}
	if strings.Contains(a.Text, "905") {
		t.Errorf("answer lists the WeChat account's 905条, another measure: %s", a.Text)
	}
}

// A change asked is answered by the change; the level of another
// passage is not listed beside it.
func TestLevelNotListedBesideChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2023年卫生健康事业发展统计公报.txt": "某省2023年卫生健康事业发展统计公报\n一、卫生资源\n" +
			"2023年末，全省医疗卫生机构床位51.6万张。\n" +
			"二、卫生服务\n全年新建县级医院病房楼12栋，全省床位共增加2.7万张。\n",
	})
	a := ask(t, b, nil, "某省2023年病床比前一年多了多少张？")
	if !strings.Contains(a.Text, "2.7万张") {
		t.Fatalf("answer lacks the change 2.7万张: %s", a.Text)
	}
	if strings.Contains(a.Text, "51.6") {
		t.Errorf("answer lists the level 51.6万张 beside the change asked: %s", a.Text)
	}
}

// Other years of the same indicator stay listed beside the answer.
func TestSameIndicatorOtherYearsListed(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县2022年工作总结.txt": "某县卫生健康局2022年工作总结\n一、主要工作\n全县家庭医生签约率达到48.6%。\n",
		"某县2023年工作总结.txt": "某县卫生健康局2023年工作总结\n一、主要工作\n全县家庭医生签约率达到52.3%。\n",
	})
	a := ask(t, b, nil, "某县家庭医生签约率这几年是多少？")
	if !strings.Contains(a.Text, "48.6%") || !strings.Contains(a.Text, "52.3%") {
		t.Errorf("want both years' rates: %s", a.Text)
	}
}

// "少了多少" of money asks the amount: the change in 万元 before the one in
// percent written beside it.
func TestChangeInOwnUnitFirst(t *testing.T) {
	b := botOver(t, map[string]string{
		"决算.txt": "某县某镇卫生院2023年度决算公开说明\n一、收入支出决算总体情况说明\n" +
			"2023年度收入合计310.45万元,较上年决算数减少41.20万元,下降11.7%,主要原因是2022年有疫情防控经费。\n",
	})
	a := ask(t, b, nil, "某镇卫生院2023年的收入比上年少了多少？")
	if !strings.Contains(firstLine(a.Text), "41.20万元") {
		t.Errorf("want the amount 41.20万元 first:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某镇卫生院2023年的收入比上年下降了百分之多少？")
	if !strings.Contains(firstLine(a.Text), "11.7%") {
		t.Errorf("a percentage asked, want 11.7%% first:\n%s", a.Text)
	}
}

// Posts asked in 篇 are answered by a count in 条 when none is in 篇; a
// thing counted in lay words is found in the reports' word for it.
func TestNearCountersAndLayCountedNouns(t *testing.T) {
	b := botOver(t, map[string]string{
		"合江.txt": "合江县卫生健康局2024年政府信息公开工作年度报告\n一、总体情况\n" +
			"2024年主动公开政府信息723条，其中政府网站公开16条，微信公众号“健康合江”发布440条。\n",
		"天台.txt": "天台县卫生健康局2024年工作总结\n一、主要工作\n" +
			"在学校、大型农贸市场等重点公共场所铺设83台AED设备，为全县80家村卫生室配备心电图机。\n",
	})
	if a := ask(t, b, nil, "合江卫健局手机上那个公众号，2024年推了多少篇东西？"); !strings.Contains(firstLine(a.Text), "440条") {
		t.Errorf("want 440条:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "天台县2024年在学校、菜市场这些人多的地方一共装了多少台自动除颤仪？"); !strings.Contains(firstLine(a.Text), "83台") {
		t.Errorf("want 83台:\n%s", a.Text)
	}
}

// Of the indicators a question may name, the one it names best ranks its
// figures first ("去医院看病的人次" is 总诊疗人次数, not 医院数).
func TestPrimaryIndicatorFirst(t *testing.T) {
	b := botOver(t, map[string]string{
		"公报.txt": "太原市2024年卫生健康事业发展统计公报\n一、医疗服务\n" +
			"2024年末，全市共有医院201个，比上年增加1个。2024年，全市医疗卫生机构总诊疗人次4107.09万，比上年增加642.99万人次。\n",
	})
	a := ask(t, b, nil, "太原2024年去医院看病的人次比前一年多了多少？")
	if !strings.Contains(firstLine(a.Text), "642.99万人次") {
		t.Errorf("want 642.99万人次:\n%s", a.Text)
	}
}

// The verb a count question asks the count of ("慰问了多少人") finds the
// figure it names ("慰问对象120人"), though the question also names a
// catalogue indicator (医护人员) as whom the verb is done to.
func TestCountVerbFindsItsFigure(t *testing.T) {
	b := botOver(t, map[string]string{
		"绩效.txt": "保山市卫生健康委员会2022年度项目绩效自评报告(春节慰问经费项目)\n一、自评结论\n" +
			"1.产出指标全部完成,慰问对象120人,慰问标准300/人。\n",
	})
	a := ask(t, b, nil, "保山市卫健委2022年春节给一线医护人员发慰问，一共慰问了多少人？")
	if !strings.Contains(firstLine(a.Text), "120人") {
		t.Errorf("want 120人:\n%s", a.Text)
	}
}
