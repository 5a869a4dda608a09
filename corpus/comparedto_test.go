package corpus

import "testing"

// Values in brackets after a comparison with the national level are the
// country's, of the measures before them with the same units, in order.
func TestNationalComparison(t *testing.T) {
	text := "湖北省2021年卫生健康统计公报\n2021年，湖北省孕产妇死亡率为5.83/10万，婴儿死亡率为2.80‰，均低于同期全国平均水平（16.1/10万、5.0‰）。\n"
	got := map[string]string{}
	for _, f := range Parse("b.txt", text, Meta{}, Options{}).Reports[0].Figures {
		got[f.Raw] = f.Place + " " + f.Label
	}
	for raw, want := range map[string]string{"16.1": "全国 孕产妇死亡率", "5.0": "全国 婴儿死亡率"} {
		if got[raw] != want {
			t.Errorf("%s: %q, want %q (all %v)", raw, got[raw], want, got)
		}
	}
	if got["2.80"] == "全国 婴儿死亡率" {
		t.Errorf("the place's own rate read as the country's: %v", got)
	}
}

func FuzzComparedBracket(f *testing.F) {
	f.Add("均低于同期全国平均水平（16.1/10万、5.0‰）", 40)
	f.Add("全国水平(", 10)
	f.Fuzz(func(t *testing.T, s string, at int) {
		if at < 0 || at > len(s) {
			return
		}
		if open := comparedBracket(s, at); open >= at || open < -1 {
			t.Fatalf("comparedBracket(%q, %d) = %d", s, at, open)
		}
	})
}
