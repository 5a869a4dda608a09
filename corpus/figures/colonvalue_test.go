package figures

import "testing"

// A measure's name joined to its value by a colon ("主动公开信息数:175条")
// is that figure; a page's own counters ("浏览次数:8143"), a date's or a
// list's heading before a colon are none.
func TestColonJoinsNameAndValue(t *testing.T) {
	for text, want := range map[string]string{
		"1、信息公开的内容。主动公开信息数:175条。":   "主动公开信息数=175条",
		"床位数： 1200张,其中医院床位980张。":    "床位数=1200张",
		"发布时间:2023-07-18 浏览次数:8143": "",
		"点击次数:1464次":                "",
	} {
		got := ""
		for _, f := range Extract(text) {
			if f.Label+"="+f.Raw+f.Unit == want {
				got = want
			} else if want == "" {
				got += f.Label + "=" + f.Raw + f.Unit + " "
			}
		}
		if got != want {
			t.Errorf("%s: got %q, want %q (%+v)", text, got, want, Extract(text))
		}
	}
}
