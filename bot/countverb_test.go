package bot_test

import (
	"strings"
	"testing"
)

// A question counting the doing of a verb ("一共核查了多少家企业") is
// answered by the count of that doing, not by another count of the same
// programme that shares more of the question's words (made-up report).
func TestCountOfTheVerbAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"zhiye.txt": "云溪市深入开展职业健康保护行动\n2023年,累计核查企业2135家,纳入职业危害因素专项治理企业87家,完成治理64家,治理完成率74%。\n",
	})
	a := ask(t, b, nil, "云溪2023年职业病危害专项治理一共核查了多少家企业？")
	if first := firstLine(a.Text); !strings.Contains(first, "2135家") {
		t.Errorf("want the firms checked, 2135家:\n%s", a.Text)
	}
}

// The verb asked does not make another noun's count the answer: "成立了几个
// 质控中心" is answered by the 质控中心, not by 成立…管理中心 (made-up
// report).
func TestCountVerbOfAnotherNoun(t *testing.T) {
	b := botOver(t, map[string]string{
		"zongyuan.txt": "西吉县医疗健康总院2022年工作情况\n为医疗健康总院配备党政领导班子,制定印发了《西吉县医疗健康总院章程》等规范性文件,先后成立了9个管理中心、4个业务中心和12个质控中心,为落实人员、财务、业务“五统一”管理奠定基础。\n",
	})
	a := ask(t, b, nil, "西吉医疗健康总院2022年成立了几个质控中心？")
	if first := firstLine(a.Text); !strings.Contains(first, "12个") {
		t.Errorf("want the quality-control centres, 12个:\n%s", a.Text)
	}
}
