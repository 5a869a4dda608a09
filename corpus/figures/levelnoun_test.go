package figures

import "testing"

// Levels listed before the noun they share each name it.
func TestLevelsSharingTheirNoun(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("在城市,新增2个国家级、5个省级重点专科,119家公立医疗机构全部实现就医免押金。") {
		got[f.Raw] = f.Label
	}
	if got["2"] != "新增国家级重点专科" || got["5"] != "新增省级重点专科" {
		t.Errorf("labels %v", got)
	}
}
