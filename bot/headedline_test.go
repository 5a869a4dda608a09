package bot_test

import (
	"strings"
	"testing"
)

// A news page lists names on a line under a short line naming them ("国家
// 卫生城市" over "呼和浩特市、呼伦贝尔市、…"): asked which they are, that
// line answers (made-up page).
func TestHeadedListLine(t *testing.T) {
	b := botOver(t, map[string]string{
		"xinwen.txt": "全区卫生城镇创建表彰\n我区7个城市上榜国家卫生城市\n\n22个县城上榜国家卫生县城\n\n大会现场\n\n国家卫生城市\n\n甲城市、乙城市、丙城市、丁城市\n\n国家卫生县城\n\n戊县、己县、庚县\n",
	})
	a := ask(t, b, nil, "这回评上国家卫生城市的都有哪些市？")
	if !strings.Contains(a.Text, "甲城市、乙城市、丙城市、丁城市") || strings.Contains(a.Text, "戊县") {
		t.Errorf("want the line under 国家卫生城市:\n%s", a.Text)
	}
}
