package corpus

import "testing"

// wantValues checks that figs hold each label of want with its value.
func wantValues(t *testing.T, figs []Figure, want map[string]float64) {
	t.Helper()
	got := map[string]float64{}
	for _, f := range figs {
		got[f.Label] = f.Value
	}
	for label, v := range want {
		if got[label] != v {
			t.Errorf("%s = %v, want %v (figures %v)", label, got[label], v, got)
		}
	}
}

// wantFigures checks that figs hold each label of want with its value as
// written and its unit ("1080.45千克").
func wantFigures(t *testing.T, figs []Figure, want map[string]string) {
	t.Helper()
	got := map[string]string{}
	for _, f := range figs {
		got[f.Label] = f.Raw + f.Unit
	}
	for label, v := range want {
		if got[label] != v {
			t.Errorf("%s = %q, want %q (figures %v)", label, got[label], v, got)
		}
	}
}
