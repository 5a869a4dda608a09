package figures

import "testing"

// A count written right after a verb ending in a classifier's character
// ("接种20303") is a figure with no unit, not an ordinal ("篇1"); so is one
// with a space before the comma ("接种178615 ,").
func TestUnitlessCountAfterVerb(t *testing.T) {
	for _, c := range []struct{ sentence, raw, label string }{
		{"3-11岁,新冠疫苗第一针接种累计222144人,第二针累计接种20303。", "20303", "新冠疫苗第二针累计接种"},
		{"全区累计接种502582剂次疫苗,18岁以上第一剂次接种178615 ,18岁以上第二剂次接种171436。", "178615", "18岁以上第一剂次接种"},
	} {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Label != c.label {
			t.Errorf("%s: label %q, want %q", c.sentence, f.Label, c.label)
		}
	}
	for _, s := range []string{"见附件篇1。", "拨打120 调度指挥中心。"} {
		if figs := Extract(s); len(figs) > 0 {
			t.Errorf("%s: an ordinal or a name read as a figure: %+v", s, figs)
		}
	}
}

// Such a count takes the unit of the parallel clause before it that holds
// the same verb.
func TestVerbCountTakesParallelUnit(t *testing.T) {
	for _, c := range []struct{ sentence, raw, unit string }{
		{"3-11岁,新冠疫苗第一针接种累计222144人,第二针累计接种20303。", "20303", "人"},
		{"全区累计接种502582剂次疫苗,18岁以上第一剂次接种178615 ,18岁以上第二剂次接种171436。", "171436", "剂次"},
		{"全年门诊量12000人次,住院量3400。", "3400", ""},
	} {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Unit != c.unit {
			t.Errorf("%s: unit %q, want %q", c.sentence, f.Unit, c.unit)
		}
	}
}
