package bot

import "testing"

// A count written per thousand or ten thousand of population in its unit
// ("3.39人/千人") is the indicator's per-head sibling, whatever its label.
func TestPerHeadUnit(t *testing.T) {
	for unit, want := range map[string]string{"人/千人": "千", "张/千人口": "千", "人/万人": "万", "元/月": "", "人": "", "1/10万": ""} {
		if got := perHeadScale(unit); got != want {
			t.Errorf("perHeadScale(%q) = %q, want %q", unit, got, want)
		}
	}
	if id, _ := labelIndicators("单位人口拥有注册护士数", "人/千人"); id != "nurses_per_1000" {
		t.Errorf("单位人口拥有注册护士数 in 人/千人 is %q, want nurses_per_1000", id)
	}
	if id, _ := labelIndicators("注册护士数", "人"); id != "nurses" {
		t.Errorf("注册护士数 in 人 is %q, want nurses", id)
	}
}
