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
