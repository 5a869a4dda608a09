package figures

import "testing"

// The value a change builds on ("在2024年79岁的基础上提高1岁", "从2024年的
// 79岁基础上再提升1岁,达到80岁") is a figure of the measure named before
// 在/从, of the year named there, the change's start; the change and the
// level it reaches are of that measure too, and not of the base's year.
func TestFoundationBase(t *testing.T) {
	for _, s := range []string{
		"全国人均预期寿命在2024年79岁的基础上提高1岁,达到80岁。",
		"全国人均预期寿命从2024年的79岁基础上再提升1岁,达到80岁左右。",
	} {
		if f := figureOf(t, s, "79"); f.Label != "人均预期寿命" || f.Year != 2024 || !f.Base {
			t.Errorf("%s: 79岁 labelled %q, year %d, base %v; want 人均预期寿命, 2024, a base", s, f.Label, f.Year, f.Base)
		}
		for _, raw := range []string{"1", "80"} {
			if f := figureOf(t, s, raw); f.Label != "人均预期寿命" || f.Year == 2024 {
				t.Errorf("%s: %s labelled %q, year %d; want 人均预期寿命, not 2024's", s, raw, f.Label, f.Year)
			}
		}
	}
	// A base with no value ("在2020年基础上下降10%") stays the change's words.
	if f := figureOf(t, "全市孕产妇死亡率在2020年基础上下降10%。", "10"); f.Label != "全市孕产妇死亡率" && f.Label != "孕产妇死亡率" {
		t.Errorf("10%% labelled %q", f.Label)
	}
}

// A foundation clause naming no measure of its own ("…减少到12.5万户,在2016年
// 减少10.8万户的基础上再减少5.65万户,减幅31%") builds on the measure of the
// clause before: all four are its figures (made-up figures).
func TestFoundationOfTheClauseBefore(t *testing.T) {
	want := map[string]string{"9.6": "因病致贫贫困户", "8.2": "因病致贫贫困户", "4.4": "因病致贫贫困户", "31": "因病致贫贫困户减幅"}
	for _, f := range Extract("2017年全省因病致贫贫困户继续大幅减少到9.6万户,在2016年减少8.2万户的基础上再减少4.4万户,减幅31%") {
		if l, ok := want[f.Raw]; ok && f.Label != l {
			t.Errorf("%s labelled %q, want %q", f.Raw, f.Label, l)
		}
		delete(want, f.Raw)
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
