package understand

import (
	"slices"
	"testing"
)

// A question comparing two measures is asked as two; one comparing a
// measure with its past or with another place is not.
func TestComparedMeasures(t *testing.T) {
	for q, want := range map[string][]string{
		"武进区卫健局去年主动公开的文件比发的公告多几条？":         {"武进区卫健局去年主动公开的文件有多少条？", "发的公告有多少条？"},
		"武昌区卫健局压到下一年的信息公开申请，比上一年转过来的少了几件？": {"武昌区卫健局压到下一年的信息公开申请有多少件？", "上一年转过来有多少件？"},
		"兴安盟卫健委去年微信公众号比微博多发了多少条信息？":        {"兴安盟卫健委去年微信公众号有多少条？", "微博有多少条？"},
		"花山区2021年发的政务信息比前一年多发了多少？":         nil,
		"花山区2021年发的政务信息比前一年多了多少？":          nil,
		"全县签约率比全省高多少？":                     nil,
		"看病报销比例提高了多少（山东）？":                 nil,
		"医疗费用占比高了多少？":                      nil,
		"阜阳市今年上半年救护车出车比去年同期多了多少？":          nil,
		"湖南去年健康素养水平比上年提高了多少？":              nil, // 提高, not 上年提 compared
	} {
		if got := ComparedMeasures(q); !slices.Equal(got, want) {
			t.Errorf("ComparedMeasures(%q) = %q, want %q", q, got, want)
		}
	}
}

// A change between a form's start and end columns ("从年初到年末变了多少")
// asks the two values: the start's with the place and time asked, the end's
// with the measure alone.
func TestStartEndParts(t *testing.T) {
	got := ComparedMeasures("云溪县妇幼中心去年资产从年初到年末变成多少了？")
	want := []string{"云溪县妇幼中心去年资产年初数有多少？", "妇幼中心 资产年末数有多少？"}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := ComparedMeasures("去年床位比年初多了多少？"); len(got) == 2 && got[1] == "年末数有多少？" {
		t.Errorf("a comparison read as a start-to-end change: %q", got)
	}
}
