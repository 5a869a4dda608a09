package figures

import (
	"strings"
	"testing"
)

// A change says the base it is measured from, written around the base's
// value or in the clause before: "与2013年(82.16)相比增加了1.38岁,与2008年
// (80.39)相比,增加了3.15岁".
func TestChangeKeepsItsComparedYear(t *testing.T) {
	s := "2018年苏州市人均期望寿命为83.54岁,较去年上升0.5岁,与2013年(82.16)相比增加了1.38岁,与2008年(80.39)相比,增加了3.15岁。"
	for raw, year := range map[string]string{"0.5": "去年", "1.38": "2013年", "3.15": "2008年"} {
		if f := figureOf(t, s, raw); !strings.Contains(f.Qualifier, year) {
			t.Errorf("%s = %s: qualifier %q, want it to name %s", f.Label, raw, f.Qualifier, year)
		}
	}
}
