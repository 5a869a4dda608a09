package bot_test

import (
	"strings"
	"testing"
)

// Asked when a thing will be finished ("啥时候全部搞完"), the answer opens
// with the sentence that says when it will be done, though that sentence
// goes on with the one before's subject and leaves its words out; 啥 of
// 啥时候 asks for no list.
func TestWhenFinishedOpensWithItsDate(t *testing.T) {
	b := botOver(t, map[string]string{
		"西安视力普查.txt": "西安市学生视力普查工作全面开展\n西安市2021年学生视力普查工作已全面开展。本次视力普查覆盖全市15个区县。\n" +
			"本次视力普查由陕西省近视防控技术指导中心负责视力检查,西安市疾控中心负责市级质控。已从5月8日提前开始,截至5月10日,已完成22所学校,预计所有工作将于5月25日完成。\n",
	})
	a := ask(t, b, nil, "西安2021年这轮学生视力普查，计划啥时候全部搞完？")
	lines := strings.Split(a.Text, "\n")
	if len(lines) < 2 || !strings.Contains(lines[1], "5月25日") {
		t.Errorf("want the date it will be finished first: %s", a.Text)
	}
}
