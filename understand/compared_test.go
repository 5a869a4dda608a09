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
		"花山区2021年发的政务信息比前一年多了多少？":          nil,
		"全县签约率比全省高多少？":                     nil,
		"看病报销比例提高了多少（山东）？":                 nil,
		"医疗费用占比高了多少？":                      nil,
		"阜阳市今年上半年救护车出车比去年同期多了多少？":          nil,
	} {
		if got := ComparedMeasures(q); !slices.Equal(got, want) {
			t.Errorf("ComparedMeasures(%q) = %q, want %q", q, got, want)
		}
	}
}
