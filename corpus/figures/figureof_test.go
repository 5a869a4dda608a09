package figures

import "testing"

// figureOf is the figure Extract reads from sentence whose raw number is
// raw; the test fails when there is none.
func figureOf(t *testing.T, sentence, raw string) Figure {
	t.Helper()
	for _, f := range Extract(sentence) {
		if f.Raw == raw {
			return f
		}
	}
	t.Errorf("%s: no figure %s", sentence, raw)
	return Figure{}
}
