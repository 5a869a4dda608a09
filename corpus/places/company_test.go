package places

import "testing"

// A place opening a company's registered name is no place the text names;
// the same place before a bureau is.
func TestCompanyNamesNameNoPlace(t *testing.T) {
	text := "拜访对接企业5个,目标企业分别为苏州佳信德机械科技有限公司、江苏快而捷物流股份有限公司。"
	if ms := Find(text); len(ms) != 0 {
		t.Errorf("Find(%q) = %v, want none", text, ms)
	}
	text = "苏州市卫生健康委员会召开会议。"
	if ms := Find(text); len(ms) != 1 || ms[0].Place.Name != "苏州市" {
		t.Errorf("Find(%q) = %v, want 苏州市", text, ms)
	}
}
