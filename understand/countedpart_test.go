package understand

import "testing"

// After a whole, a count of those that are something asks that part:
// "收到的公开申请，有几件是要拖到下一年接着办的" asks 结转.
func TestCountedPartAsked(t *testing.T) {
	for q, want := range map[string]string{
		"洪山区卫健局去年收到的公开申请，有几件是要拖到下一年接着办的？": "结转",
		"去年全县的医疗机构，其中多少个是民营的？":            "民营",
		"去年全县一共有多少个医疗机构？":                 "",
		"枞阳县2023年基本公卫资金里，省里出的是多少？":        "省里",
	} {
		if got := AskedPart(q); got != want {
			t.Errorf("AskedPart(%q) = %q, want %q", q, got, want)
		}
	}
}
