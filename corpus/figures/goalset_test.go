package figures

import "testing"

// The name of a set of goals ("3个90%") is no figure; a share a kind is the
// main one of ("传播途径以性传播为主,占97.73%") is labelled with it.
func TestGoalSetNamesAndMainShares(t *testing.T) {
	for _, f := range Extract("经过4轮防治艾滋病人民战争及艾滋病防治3个90%全面实施,疫情稳中有降。") {
		if f.Raw == "3" || f.Raw == "90" {
			t.Errorf("a goal set's name read as a figure: %+v", f)
		}
	}
	got := map[string]string{}
	for _, f := range Extract("传播途径以性传播为主,占97.73%;样本来源以医疗机构检测为主,占75.00%。") {
		got[f.Raw] = f.Label
	}
	if got["97.73"] != "传播途径性传播" || got["75.00"] != "样本来源医疗机构检测" {
		t.Errorf("labels %v", got)
	}
}
