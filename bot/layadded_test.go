package bot_test

import (
	"strings"
	"testing"
)

// Staff ask how many beds "多出来" where the report says 新增: the beds
// added, not the beds the hospital had (made-up news).
func TestLayWordsForAdded(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪县人民医院综合大楼.txt": "云溪县人民医院综合大楼开工\n2017年6月,云溪县人民医院综合大楼开工建设,投资5400万元。工程竣工后,我院将在原有386张病床的基础上新增450张病床。\n",
	})
	a := ask(t, b, nil, "云溪县人民医院那栋综合大楼盖好以后，病床能多出来多少张？")
	if !strings.Contains(firstLine(a.Text), "450张") {
		t.Errorf("want the 450张 added:\n%s", a.Text)
	}
}
