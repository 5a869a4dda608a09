package figures

import "testing"

// A second clause that says only the verb again ("2021年废止计划生育类政策
// 文件3份，2022年废止7份", "新建村卫生室12个，2023年新建8个") counts the same
// object, in its unit.
func TestBareVerbTakesTheObjectBefore(t *testing.T) {
	cases := []struct{ sentence, raw, want string }{
		{"及时清理行政规范性文件，2021年废止计划生育类政策文件3份，2022年废止7份。", "7", "废止计划生育类政策文件"},
		{"2022年新建村卫生室12个，2023年新建8个。", "8", "新建村卫生室"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.want {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, c.raw, f.Label, c.want)
		}
	}
}
