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
