package figures

import "testing"

// A label that only says "per day" (日均) is the average of what the figure
// before in the same unit counts; trips (趟次) are a unit.
func TestPerPeriodOfPrevious(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"指挥调度平台共接听急救报警电话6926次,日均866次,较去年同期上升37.94%", "866", "日均接听急救报警电话"},
		{"急救派车1202趟次,日均150趟次,较去年同期上升41.08%", "1202", "急救派车"},
		{"急救派车1202趟次,日均150趟次,较去年同期上升41.08%", "150", "日均急救派车"},
		{"全年门诊量36万人次,日均1000余人次", "1000", "日均门诊量"},
		{"全年接诊患者5万人次,日均住院床位120张", "120", "日均住院床位"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Label != c.label {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, f.Raw, f.Label, c.label)
		}
	}
}

// A change with no label of its own after an average per day is of the
// measure averaged ("出车33424次,日均出车185次,比去年同期增加1.95%": 出车
// rose 1.95%), and an average after a change in percent is of the measure
// before the change.
func TestChangeAfterAverageIsOfTheMeasure(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"出车33424次，日均出车185次，比去年同期增加1.95%；救治患者31141人", "1.95", "出车"},
		{"共接听120呼入电话87869次,日均485次;出车33424次,日均出车185次,比去年同期增加1.95%;救治患者31141人", "185", "日均出车"},
		{"派车1869次,同比上升13.2%,日均208次", "208", "日均派车"},
		{"派车1869次,同比上升13.2%,日均208次", "13.2", "派车"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Label != c.label {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, f.Raw, f.Label, c.label)
		}
	}
}
