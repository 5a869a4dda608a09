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
