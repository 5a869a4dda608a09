package corpus

import (
	"strconv"
	"strings"
	"testing"
)

// A table saved from a web page with one cell per line gives figures
// labelled by row and column, with the unit its unit column names; the
// row-number column names nothing.
func TestCellPerLineTable(t *testing.T) {
	text := "某某市卫生局关于报送2019年统计数据的通知\n各县卫生局：\n请按时报送。\n附件：2019年统计数据表\n序号\n| 指标\n| 单位\n| 2019年\n| 2018年\n|\n12\n| 卫生机构\n| 个\n| 3105\n| 3088\n|\n13\n| 其中:卫生技术人员\n| 人\n| 45210\n|\n|\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	var got []string
	for _, f := range doc.Reports[0].Figures {
		got = append(got, f.Label+"="+f.Raw+f.Unit+"@"+strconv.Itoa(f.Year))
	}
	want := []string{"卫生机构=3105个@2019", "卫生机构=3088个@2018", "卫生技术人员=45210人@2019"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures %q, want %q", got, want)
	}
}
