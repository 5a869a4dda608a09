package bot_test

import (
	"strings"
	"testing"
)

// A count in the very counter asked that shares several of the question's
// words answers it, however many lay words the question adds.
func TestCountInTheCounterAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"年报.txt": "南昌市卫生健康委员会2023年政府信息公开工作年度报告\n一、总体情况\n2023年，委网站发布各类信息1176条，回复网上留言216条，共处理依申请公开事项10件。\n",
	})
	a := ask(t, b, nil, "南昌卫健委2023年老百姓来申请公开的事，办了几件？")
	if !strings.Contains(firstLine(a.Text), "10件") {
		t.Errorf("want 10件:\n%s", a.Text)
	}
}

// The 个 of speech stands for the counter a report uses: "多少个文件" is
// answered by a count of 件.
func TestGenericCounterAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"年报.txt": "三亚市卫生健康委员会2020年政府信息公开工作年度报告\n2020年度，通过本部门网站主动公开文件48件，其中部门文件22件、人事信息9件。\n",
	})
	a := ask(t, b, nil, "三亚卫健委2020年在自己网站上主动挂出来多少个文件？")
	if !strings.Contains(firstLine(a.Text), "48件") {
		t.Errorf("want 48件:\n%s", a.Text)
	}
}

// A money figure whose label holds the reports' term for the question's lay
// words ("投的钱" for 投入资金) answers it in its own words.
func TestMoneyInTheReportsTerm(t *testing.T) {
	b := botOver(t, map[string]string{
		"公报.txt": "2022年我国卫生健康事业发展统计公报\n农村部分计划生育家庭奖励扶助和计划生育家庭特别扶助“两项制度”共投入资金278亿元，比上年增加37.5亿元；中央财政投入资金154亿元，比上年增加21.8亿元。2022年农村部分计划生育家庭奖励扶助制度受益1855.9万人。\n",
	})
	a := ask(t, b, nil, "2022年给计生奖扶、特扶这两块投的钱，比前年多出来多少？")
	if !strings.Contains(firstLine(a.Text), "37.5亿元") {
		t.Errorf("want 37.5亿元:\n%s", a.Text)
	}
}

// A device described in speech ("心脏停跳时电一下救命的机器") is found by
// the reports' name for it (AED设备), counted in the unit asked.
func TestDeviceInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "天台县卫生健康局2024年工作总结\n在学校、大型农贸市场等重点公共场所铺设83台AED设备，为全县80家政府办村卫生室配备心电图机。\n",
	})
	a := ask(t, b, nil, "天台县2024年在学校、菜市场这些人多的地方摆了多少台心脏停跳时电一下救命的机器？")
	if !strings.Contains(firstLine(a.Text), "83台") || strings.Contains(a.Text, "80家") {
		t.Errorf("want 83台 alone:\n%s", a.Text)
	}
}

// "一共有多少号人" asks a row's total column (人员总数), not a part of it
// that shares as many words (管理人员); 号人 counts people.
func TestTotalColumnAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"年鉴.txt": "卫生机构、床位、人员数(2018年)\n类别\t机构数(个)\t人员总数(人)\t卫生技术人员(人)\t管理人员(人)\n疾病预防控制中心\t102\t1070\t830\t54\n妇幼保健所\t1\t90\t81\t7\n",
	})
	a := ask(t, b, nil, "2018年疾病预防控制中心一共有多少号人？")
	if !strings.Contains(firstLine(a.Text), "1070") {
		t.Errorf("want the total, 1070:\n%s", a.Text)
	}
}

// Cases handled are counted in 件: a question naming 护士 while asking a
// count of 件 ("医生护士注册这块办了多少件") is not about the number of
// nurses, and its answer says nothing of a kind of nurse not found.
func TestCasesAskedNotPeople(t *testing.T) {
	b := botOver(t, map[string]string{
		"年报.txt": "沙坪坝区卫生健康委员会2025年政府信息公开工作年度报告\n全年累计办理卫生健康类行政许可事项6770件，其中医疗机构办件688件、医护人员注册办件4878件、放射诊疗许可办件166件。全区注册护士5200人。\n",
	})
	a := ask(t, b, nil, "沙坪坝区2025年光医生护士注册这块办了多少件？")
	if !strings.Contains(firstLine(a.Text), "4878件") || strings.Contains(a.Text, "没有分出") {
		t.Errorf("want 4878件 and nothing missing:\n%s", a.Text)
	}
}

// Events asked in 场 are answered by a count in 次, when no count in 场
// is given (made-up summary).
func TestEventsAskedInChang(t *testing.T) {
	b := botOver(t, map[string]string{
		"zongjie.txt": "三亚市吉阳区2020年基本公共卫生服务工作总结\n全年共发放健康教育资料49401份,举办讲座115次,开展公众健康咨询活动21次。\n",
	})
	a := ask(t, b, nil, "吉阳区2020年办了多少场健康讲座？")
	if first := firstLine(a.Text); !strings.Contains(first, "115次") {
		t.Errorf("want the lectures, 115次:\n%s", a.Text)
	}
}

// "按规矩管起来的比例" is the lay word for 规范管理率 (made-up summary).
func TestStandardManagementAskedInSpeech(t *testing.T) {
	b := botOver(t, map[string]string{
		"zongjie.txt": "三亚市吉阳区2020年基本公共卫生服务工作总结\n高血压患者规范管理率达67.05%;2型糖尿病患者规范管理率达66.12%。\n",
	})
	a := ask(t, b, nil, "吉阳区2020年高血压病人按规矩管起来的比例有多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "67.05%") {
		t.Errorf("want the rate, 67.05%%:\n%s", a.Text)
	}
}

// The 个 of speech counts people too when the question names the very
// people a label counts: "评上优秀共产党员的有几个" is answered by
// 优秀共产党员2名, not by the city's honour counted beside it.
func TestGenericCounterCountsPeople(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "黄陂区卫生健康局2024年工作总结\n（一）抓实行业党建。获评全市优秀共产党员1名、全区优秀共产党员2名、全区先进基层党组织3家。\n",
	})
	a := ask(t, b, nil, "黄陂区卫健系统2024年评上全区优秀共产党员的有几个？")
	if !strings.Contains(firstLine(a.Text), "2名") || strings.Contains(firstLine(a.Text), "1名") {
		t.Errorf("want 2名:\n%s", a.Text)
	}
}

// People a bulletin counts with a bare multiplier ("411.5万高危人群完成…")
// answer a question counting people, before another group's count in 人
// beside them.
func TestPeopleCountedWithBareMultiplier(t *testing.T) {
	b := botOver(t, map[string]string{
		"公报.txt": "2024年我国卫生健康事业发展统计公报\n中央财政资金支持下，411.5万高危人群完成重点癌症筛查，150.4万人接受心脑血管疾病筛查。\n",
	})
	a := ask(t, b, nil, "2024年有多少高危的人做了重点癌症筛查？")
	if !strings.Contains(firstLine(a.Text), "411.5万") {
		t.Errorf("want 411.5万:\n%s", a.Text)
	}
}
