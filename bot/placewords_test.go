package bot_test

import (
	"strings"
	"testing"
)

// A place whose reports hold no figure for a count but say it in words
// ("未收到…申请") is shown those words after the not-found line, not
// another place's number.
func TestPlaceSaysItInWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"平山.txt": "平山区卫生健康局2024年政府信息公开工作年度报告\n一、总体情况\n2024年,我局未收到有关依申请公开内容,无因政府信息公开申请被申请行政复议的情况。\n",
		"舟山.txt": "舟山市卫生健康委员会2024年政府信息公开工作年度报告\n一、总体情况\n2024年,共收到政府信息公开申请8件,均按时办结。\n",
	})
	a := ask(t, b, nil, "平山区卫健局2024年收到过几件要求公开信息的申请？")
	if !strings.Contains(a.Text, "未收到") || strings.Contains(a.Text, "8件") {
		t.Errorf("want 平山区's words, not 舟山's count:\n%s", a.Text)
	}
}
