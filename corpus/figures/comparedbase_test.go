package figures

import "testing"

// A base value written inside the comparison ("较去年同期的3945例上升",
// "与去年同期3945例相比,上升") is the level's start, and the change after
// it the level's change, qualified by the whole comparison.
func TestBaseWrittenInTheComparison(t *testing.T) {
	for sentence, qualifier := range map[string]string{
		"截至6月20日,全市报告手足口病8001例,较去年同期的3945例上升102.81%": "较去年同期上升",
		"今年截至目前全市报告手足口病8001例,与去年同期3945例相比,上升102.81%": "与去年同期相比上升",
	} {
		figs := Extract(sentence)
		if len(figs) != 3 {
			t.Fatalf("%s: %d figures, want 3: %+v", sentence, len(figs), figs)
		}
		level, base, change := figs[0], figs[1], figs[2]
		if base.Label != level.Label || !base.Base || change.Label != level.Label || change.Qualifier != qualifier {
			t.Errorf("%s:\nlevel %q, base %q (base %v), change %q %q; want the level's label, base true, qualifier %q",
				sentence, level.Label, base.Label, base.Base, change.Label, change.Qualifier, qualifier)
		}
	}
}
