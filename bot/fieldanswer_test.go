package bot_test

import (
	"strings"
	"testing"
)

// Questions about a document's own fields (文号, 地址, 电话) are answered
// with the value the document states, quoted; a work question is not.
func TestDocumentFields(t *testing.T) {
	b := botOver(t, map[string]string{
		"notice.txt": "湖州市卫生健康委关于印发2023年全市卫生健康工作要点的通知\n湖卫健发〔2023〕1号\n各区县卫生健康局：\n现将工作要点印发给你们。\n一、主要目标\n家庭医生签约率达到75%。\n",
		"report.txt": "某市卫生健康委员会2024年政府信息公开工作年度报告\n如对本报告有疑问，请与我委联系（地址：某省某市兴云街2799号，电话：0431-84692027，邮编：037006）。\n一、总体情况\n全年主动公开信息244条。\n",
	})
	for q, want := range map[string]string{
		"湖州2023年全市卫生健康工作要点的文号是什么？": "湖卫健发〔2023〕1号",
		"市卫健委的地址在哪里？":              "兴云街2799号",
		"市卫健委的联系电话是多少？":            "0431-84692027",
		"市卫健委的邮编是多少？":              "037006",
	} {
		a := ask(t, b, nil, q)
		if !strings.Contains(a.Text, want) || len(a.Sources) != 1 {
			t.Errorf("%s: want %s quoted from one source:\n%s", q, want, a.Text)
		}
	}
}

// A law's header table sets keys and values apart with spaces only; a
// question about two fields (who issued it, whether it is in force) gets
// both, from the one source that states them.
func TestSpaceSeparatedFieldsAndValidity(t *testing.T) {
	b := botOver(t, map[string]string{
		"law.txt": "中华人民共和国某某促进法\n发文机关 全国人大常委会\n发文日期 2019 年 12 月 28 日\n效力级别 法律\n时效性 现行有效\n" +
			"第一章 总则\n第一条 为了发展卫生与健康事业，制定本法。\n",
	})
	a := ask(t, b, nil, "某某促进法是哪个机关发的？现在还有效不？")
	for _, want := range []string{"全国人大常委会", "现行有效"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if len(a.Sources) != 1 {
		t.Errorf("both fields come from one source, got %d: %s", len(a.Sources), a.Text)
	}
	if a := ask(t, b, nil, "某某促进法是哪天发布的？"); !strings.Contains(a.Text, "2019年12月28日") {
		t.Errorf("date with spaces not read: %s", a.Text)
	}
}

// A saved page's credit and date ("来源：某某日报", "时间：…") are page
// furniture, not passage text, yet answer "哪家报纸、哪天发的".
func TestPublicationFields(t *testing.T) {
	b := botOver(t, map[string]string{
		"page.txt": "2026年醴陵市政府工作报告\n来源：株洲日报\n时间：2026-02-03 09:02\n各位代表：\n一、2025年工作回顾\n全市地区生产总值增长5%。\n二、2026年工作安排\n全市地区生产总值增长5%左右。\n",
	})
	a := ask(t, b, nil, "醴陵2026年政府工作报告的稿子来源是哪家报纸、哪天发的？")
	for _, want := range []string{"株洲日报", "2026-02-03"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}

// "几月几号开的" asks the day a meeting was held: the date of the sentence
// saying it was held, also in Traditional script (made-up news).
func TestDayAMeetingWasHeld(t *testing.T) {
	b := botOver(t, map[string]string{
		"news.txt": "青禾县召开2024年卫生健康工作会议\n3月1日上午，青禾县卫生健康局召开2024年卫生健康工作会议。会议总结了2023年工作，全县家庭医生签约率达到75%。\n",
		"open.txt": "青禾县海滨社区健康服务中心正式开业\n3月25日,位于青禾县海滨社区的社区健康服务中心(以下简称“海滨社康”)正式开业。开业当天开展义诊活动。\n",
		"tw.txt":   "全省衛生健康工作會議召開\n2月25日下午，全省衛生健康工作會議在蘭州召開。省長對全省衛生健康工作作出批示。\n",
	})
	for q, want := range map[string]string{
		"青禾县2024年的卫生健康工作会是几月几号开的？": "3月1日",
		"甘肃那个全省卫生健康工作会议是哪天召开的？":    "2月25日",
		"青禾那个海滨社康是几号开业的？":          "3月25日",
	} {
		a := ask(t, b, nil, q)
		if !strings.Contains(a.Text, "举办或启用日期："+want) {
			t.Errorf("%s: want the day %s:\n%s", q, want, a.Text)
		}
	}
}

// A disclosure page's 索引号 is a field of its header table, its key's
// characters spread apart (made-up page).
func TestIndexNumberField(t *testing.T) {
	b := botOver(t, map[string]string{
		"page.txt": "桐城市卫生健康委员会2021年政府信息公开年度工作报告\n索 引 号 | TC001-2022-000002 | 主题分类 | |\n发布机构 | 桐城市人民政府 | 发布日期 | 2022-01-05 11:38 |\n一、总体情况\n全年主动公开信息136条。\n",
	})
	a := ask(t, b, nil, "桐城市卫健委2021年那份信息公开年报的索引号是啥？")
	if !strings.Contains(a.Text, "索引号：TC001-2022-000002") {
		t.Errorf("want the index number:\n%s", a.Text)
	}
}

// A page's header may bracket its keys ("[ 成文日期 ] 2023-11-08") or
// set key and value as bullets of their own ("• 发布机构\n• 彭水县财政局")
// (made-up pages).
func TestBracketedAndBulletedHeaderFields(t *testing.T) {
	b := botOver(t, map[string]string{
		"juesuan.txt": "[ 主题分类 ] 卫生 [ 体裁分类 ] 财政\n[ 发布机构 ] 桐城市卫生健康委 [ 有效性 ] 有效\n[ 成文日期 ] 2023-11-08 09:30 [ 发布日期 ] 2023-11-08\n桐城市中医院2022年度部门决算情况说明\n一、基本情况\n本单位编制床位300张。\n",
		"yusuan.txt":  "  • 体裁分类\n  • 财政预算、决算\n  • 发布机构\n  • 宿松县财政局\n宿松县中医院2024年部门预算情况说明\n一、基本情况\n本单位实有床位200张。\n",
	})
	for q, want := range map[string]string{
		"桐城市中医院那份2022年决算说明是哪天出的？":    "发布日期：2023-11-08 09:30", // with the time of day the page gives
		"宿松县中医院2024年预算说明那页，发布机构是哪家？": "发布机构：宿松县财政局",
	} {
		if a := ask(t, b, nil, q); !strings.Contains(a.Text, want) {
			t.Errorf("%s: want %s:\n%s", q, want, a.Text)
		}
	}
}

// A task table laid out one cell a line names each task's responsible
// and assisting units: asked who leads, the responsible units answer, not
// those assisting (made-up breakdown of a 政府工作报告).
func TestTaskTableUnits(t *testing.T) {
	b := botOver(t, map[string]string{
		"renwu.txt": "同心县2023年政府工作报告重点任务分解\n具体任务\n改扩建社区卫生服务中心,提升乡镇卫生院,创建全国卫生县。\n责任单位\n卫健局、民政局\n配合单位\n各乡镇\n完成时限\n12月底前\n",
	})
	a := ask(t, b, nil, "同心县2023年卫生那条任务，牵头的责任单位是哪几个？")
	if first := firstLine(a.Text); !strings.Contains(first, "卫健局、民政局") || strings.Contains(a.Text, "各乡镇") {
		t.Errorf("want the responsible units alone:\n%s", a.Text)
	}
	a = ask(t, b, nil, "同心县2023年卫生那条任务配合单位是谁？")
	if first := firstLine(a.Text); !strings.Contains(first, "各乡镇") {
		t.Errorf("want the assisting units:\n%s", a.Text)
	}
}

// A list of bodies and their numbers: the line of the body asked, not the
// list's first.
func TestPhoneFromAList(t *testing.T) {
	b := botOver(t, map[string]string{
		"notice.txt": "大庆市疾控中心紧急告知\n请近期有外出旅居史的人员主动报告。附:各县区疾控电话\n大同疾控:0459-6173877\n肇州疾控:0459-8520511\n肇源疾控:0459-8232328\n林甸疾控:0459-3322473\n",
	})
	a := ask(t, b, nil, "大庆肇源县疾控的电话多少来着？")
	if !strings.Contains(a.Text, "0459-8232328") || strings.Contains(a.Text, "0459-8520511") {
		t.Errorf("want 肇源's number only:\n%s", a.Text)
	}
}
