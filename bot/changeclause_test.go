package bot_test

import (
	"strings"
	"testing"
)

// A sentence telling several indicators' changes clause by clause: asked
// how one changed, from what to what, its clause is quoted, not the other
// indicators' numbers (made-up news).
func TestChangeAskedQuotesItsClause(t *testing.T) {
	b := botOver(t, map[string]string{
		"青州十四五.txt": "青州市卫生健康事业发展情况发布会\n2020年至2024年,每千人口医疗卫生机构床位数从5.1张增长到6.4张,执业(助理)医师数从2.3人增长到3.1人,注册护士数从2.5人增长到3.6人。\n",
	})
	a := ask(t, b, nil, "这几年青州每千人的执业医师是从多少涨到多少的？")
	if !strings.Contains(a.Text, "2.3人增长到3.1人") || strings.Contains(a.Text, "6.4张") || strings.Contains(a.Text, "3.6人") {
		t.Errorf("want the doctors' change alone:\n%s", a.Text)
	}
}
