package bot_test

import (
	"strings"
	"testing"
)

// Asked how a thing was chosen ("怎么评出来的"), the answer opens with the
// sentence that tells the steps (先由单位推荐上报,…审核决定,最后…), not
// with the sentences that name the thing best.
func TestProcedureAskedOpensWithItsSteps(t *testing.T) {
	b := botOver(t, map[string]string{
		"辰溪护士节.txt": "县卫生健康系统召开国际护士节表彰大会\n" +
			"5月10日,辰溪县国际护士节表彰大会在县卫生健康局召开。会上,66名优秀护士接受表彰,5位优秀护士代表作交流发言。" +
			"受表彰的护士们来自全县30个乡镇卫生院及县直医疗机构,先由单位推荐上报,卫生健康局党委会议审核决定,最后66位优秀护士脱颖而出。" +
			"优秀护士代表表示,将以此次表彰为契机,更好地服务群众。\n",
	})
	a := ask(t, b, nil, "辰溪今年这批优秀护士是怎么评出来的？")
	lines := strings.Split(a.Text, "\n")
	if len(lines) < 2 || !strings.Contains(lines[1], "推荐上报") {
		t.Errorf("want the steps first: %s", a.Text)
	}
}
