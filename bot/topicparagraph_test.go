package bot_test

import (
	"strings"
	"testing"
)

// "医改打算怎么推" is answered with the paragraph under the run-in heading
// on health, in order, though most of its sentences never say 医改.
func TestHowAnsweredByTopicParagraph(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2025年政府工作报告.txt": "2025年某省政府工作报告\n一、2025年重点工作\n" +
			"深化财税体制改革，推进零基预算改革。深化国有企业改革，完成提升行动。\n" +
			"建设健康某省。以市州为单位推广三明医改经验。加强疾控机构标准化建设。" +
			"推进检验检查结果互认，互认项目超过150项。开展医疗机构无陪护病房试点。\n",
	})
	a := ask(t, b, nil, "某省2025年医改打算怎么推？")
	for _, want := range []string{"三明医改经验", "结果互认", "无陪护"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "财税体制改革") {
		t.Errorf("answer quotes another reform: %s", a.Text)
	}
}

// "去年民生这块干得咋样" is answered with the review's paragraph on it.
func TestHowItWentAnsweredByTopicParagraph(t *testing.T) {
	b := botOver(t, map[string]string{
		"河南省2025年政府工作报告.txt": "2025年河南省政府工作报告\n一、2024年工作回顾\n" +
			"五是注重保障和改善民生，群众获得感增强。民生投入继续增加。全年城镇新增就业52万人。" +
			"资助家庭困难学生120万人次。城乡居民医保财政补助提高到每人每年670元。\n" +
			"六是加强生态保护，空气质量持续改善。\n",
	})
	a := ask(t, b, nil, "河南省2024年民生这块总体干得咋样？")
	for _, want := range []string{"52万人", "120万人次", "670元"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
}

// A year's review of every field in one long paragraph is quoted, asked
// how one field went, from the run-in heading before the sentence on it
// (日间照料 and 孝老 are 养老服务 in the reports' words), not from its top.
func TestLongParagraphWindowOnTheFieldAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪县2025年政府工作报告.txt": "云溪县2025年政府工作报告\n一、2024年工作回顾\n" +
			"这一年，我们千方百计惠民生，各项事业协调发展。教育事业亮点纷呈。新建幼儿园2所。" +
			"高考本科上线率提升5%。招引教师158名。医疗事业提质增效。门急诊量同比增长12%。" +
			"专家来县出诊2419人次。建成胸痛中心。社会保障兜底有力。新增就业岗位2800个。" +
			"新建3家乡镇孝老食堂，示范打造5处社区日间照料服务站。兜底保障3607户困难群众。\n" +
			"二、2025年工作安排\n加快发展现代农业。\n",
	})
	a := ask(t, b, nil, "云溪县2024年在养老服务上是怎么做的？")
	if !strings.Contains(a.Text, "孝老食堂") {
		t.Errorf("answer lacks the field asked: %s", a.Text)
	}
	if strings.Contains(a.Text, "新建幼儿园") {
		t.Errorf("answer quotes the paragraph's top: %s", a.Text)
	}
}
