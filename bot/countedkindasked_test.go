package bot_test

import (
	"strings"
	"testing"
)

// "那5种门诊慢特病，都是哪几种" asks the items the sentence lists before
// "等5种门诊慢特病", not the clause after them that counts their claims
// (made-up bulletin).
func TestWhichOfTheKindCountedBefore(t *testing.T) {
	b := botOver(t, map[string]string{
		"异地就医.txt": "2024年某省异地就医结算情况\n2024年,某省跨省异地就医直接结算范围进一步扩大。2024年10月,全省统筹地区提供高血压、糖尿病、恶性肿瘤门诊治疗、尿毒症透析、器官移植术后抗排异治疗等5种门诊慢特病相关治疗费用跨省直接结算服务,当月新增5种门诊慢特病跨省直接结算1.03万人次。\n全年通过线上备案渠道办理备案172.97万人次。\n",
	})
	a := ask(t, b, nil, "某省2024年10月新开通跨省直接结算的那5种门诊慢特病，都是哪几种？")
	for _, want := range []string{"高血压", "尿毒症透析", "器官移植"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s listed:\n%s", want, a.Text)
		}
	}
}
