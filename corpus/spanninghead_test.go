package corpus

import (
	"strings"
	"testing"
)

// A numbered table one cell a line, its header's last cell spanning the
// parts on the header's second line: each value is its part's, in the
// spanning cell's unit; the next row's number is no value (made-up table).
func TestSpanningHeadOverNumberedRows(t *testing.T) {
	rows := [][]string{{"1", "市直机构", "2851.58", "2357.91", "422.14", "71.53"}, {"2", "甲县", "1451.54", "1069.69", "348.23", "33.62"},
		{"3", "乙县", "1080.45", "785.43", "274.47", "20.55"}, {"4", "丙县", "1958.12", "1269.61", "625.44", "63.07"}}
	var b strings.Builder
	b.WriteString("某市2024年度医疗废物处置情况汇总表\n序号 |\n属 地 |\n医疗废物 产生总量 (千克) |\n医疗废物分类处置情况(千克) |\n|||\n感染性废物 |\n损伤性废物 |\n其他废物 |\n||\n")
	for _, r := range rows {
		for _, c := range r {
			b.WriteString(c + " |\n")
		}
	}
	r := Parse("医废.txt", b.String(), Meta{}, Options{}).Reports[0]
	want := map[string]string{"乙县 医疗废物产生总量": "1080.45千克", "乙县 感染性废物": "785.43千克", "乙县 损伤性废物": "274.47千克", "乙县 其他废物": "20.55千克"}
	wantFigures(t, r.Figures, want)
}

// Numbers that go on past a row's values are the next row's number only
// when they count up from the row's own.
func TestNextSerial(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{{"1", "2", true}, {"3", "4", true}, {"1", "3", false}, {"1", "2.5", false}, {"0", "1", false}} {
		if got := nextSerial(c.a, c.b); got != c.want {
			t.Errorf("nextSerial(%s, %s) = %v", c.a, c.b, got)
		}
	}
}
