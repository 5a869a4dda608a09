package bot_test

import (
	"strings"
	"testing"
)

// A bulletin that counts the kinds of public-health institutions but not
// their total answers a question about the total with the kinds, saying
// the total is not written; the staff of one kind is no part (made-up
// bulletin).
func TestTotalAnsweredByItsParts(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市2022年统计公报.txt": "醴陵市2022年国民经济和社会发展统计公报\n一、卫生\n全市拥有医疗卫生机构1200个。" +
			"专科疾病机构17个，人员816人；妇幼保健机构11个，人员2085人；疾病预防控制机构12个，人员692人；卫生监督机构13个，人员203人。\n",
	})
	a := ask(t, b, nil, "醴陵2022年专业公共卫生机构分别有多少个？")
	for _, want := range []string{"没有写明", "妇幼保健机构为11个", "疾病预防控制机构为12个", "卫生监督机构为13个"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %q: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "1200") || strings.Contains(a.Text, "2085") {
		t.Errorf("another indicator's figure given as a part: %s", a.Text)
	}
}

// A sentence that opens with its programme ("深化医药集中带量采购改革，
// 580种药品…价格大幅降低") gives its figures that subject: a question about
// the programme's count finds them though their own labels do not name it
// (made-up report).
func TestProgrammeClauseIsTheSubject(t *testing.T) {
	b := botOver(t, map[string]string{
		"醴陵市2025年政府工作报告.txt": "2025年醴陵市政府工作报告\n一、2024年工作回顾\n深化医药集中带量采购改革，380种药品价格大幅降低。\n二、2025年工作安排\n办好民生实事。\n",
	})
	a := ask(t, b, nil, "醴陵2024年药品集采，一共有多少种药降了价？")
	if !strings.Contains(a.Text, "380种") {
		t.Errorf("the programme's figure should answer: %s", a.Text)
	}
}
