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
