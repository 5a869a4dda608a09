package bot_test

import (
	"strings"
	"testing"
)

// A group of institutions the question points at ("那11家公立综合医院") is
// whose figure is asked, not what; and a total asked (一共) is the total
// (共21人), not what some of them have (只有1名).
func TestPointedGroupAndTotalAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"普洱市医院感染调查.txt": "普洱市综合医院医院感染管理现状调查\n单位:普洱市人民医院\n" +
			"目的了解云南省某市综合医院医院感染情况。方法采用普查的方法,调查全市11家综合公立医院2018年上半年医院感染情况。结果 11家单位均设立了独立的医院感染管理专职机构。全市从事院感工作专职人员共21人,平均243张床1名感控专职人员。院感科只有1名专职人员的有4家(占36.4%);专业构成:护理居多(占61.9%)。\n",
	})
	a := ask(t, b, nil, "普洱市那11家公立综合医院，2018年上半年专职搞院感的一共有多少人？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "21人") {
		t.Errorf("want 21人: %s", a.Text)
	}
}
