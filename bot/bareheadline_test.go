package bot_test

import (
	"strings"
	"testing"
)

// A short unnumbered line heading a paragraph ("组织协调"): what was done
// under it is that paragraph's clauses, the heading itself no item.
func TestItemsUnderABareHeadLine(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市基层妇幼保健工作.txt": "云溪市基层妇幼保健工作\n全市共有妇幼保健机构13所。\n组织协调\n" +
			"多年来,建立了以妇幼保健院为主的妇幼保健协作组,加强了对妇幼保健工作的落实;定期召开有妇联、教育等部门负责人参加的座谈会;成立了危重孕产妇抢救小组。\n" +
			"业务培训\n每年举办妇幼保健人员培训班,提高了业务水平。\n",
	})
	a := ask(t, b, nil, "云溪市在妇幼保健的组织协调上都做了些啥？")
	if !strings.Contains(a.Text, "协作组") || !strings.Contains(a.Text, "抢救小组") || strings.Contains(a.Text, "“组织协调”") || strings.Contains(a.Text, "组织协调多年来") {
		t.Errorf("want the paragraph's clauses under 组织协调:\n%s", a.Text)
	}
}
