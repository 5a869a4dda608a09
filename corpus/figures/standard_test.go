package figures

import "testing"

// A standard the measure is held against is labelled with the measure and
// the standard, a goal; the level reached keeps its label.
func TestStandardOfTheMeasureBefore(t *testing.T) {
	figs := Extract("全县常规免疫疫苗接种率95.47%,达到国家要求的90%以上。")
	want := map[string]struct {
		label  string
		target bool
	}{"95.47": {"常规免疫疫苗接种率", false}, "90": {"常规免疫疫苗接种率国家要求", true}}
	for _, f := range figs {
		w, ok := want[f.Raw]
		if !ok {
			continue
		}
		delete(want, f.Raw)
		if f.Label != w.label || f.Target != w.target {
			t.Errorf("%s: label %q target %v, want %q %v", f.Raw, f.Label, f.Target, w.label, w.target)
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not read: %v", want)
	}
}
