package corpus

import "testing"

// A group's name in a cell spanning its rows stands on its first row's
// line ("病毒性肝炎分型 | 甲肝 | 7 | 0 |"): the table goes on past it, every
// row read.
func TestPipeTableGroupCellOnItsFirstRow(t *testing.T) {
	text := "2026年1月某省法定传染病报告发病、死亡统计表\n病种 | 发病数 | 死亡数 | |\n甲乙丙类传染病总计 | 19936 | 16 | |\n霍 乱 | 0 | 0 | |\n" +
		"艾滋病 | 37 | 12 | |\n病毒性肝炎 | 1666 | 3 | |\n病毒性肝炎分型 | 甲肝 | 7 | 0 |\n乙肝 | 1231 | 0 | |\n丙肝 | 402 | 3 | |\n痢 疾 | 48 | 0 | |\n肺结核 | 1238 | 1 | |\n"
	r := Parse("疫情.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]float64{"甲肝 发病数": 7, "乙肝 发病数": 1231, "肺结核 发病数": 1238, "肺结核 死亡数": 1}
	wantValues(t, r.Figures, want)
}
