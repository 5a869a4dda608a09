package figures

import "testing"

// A per-head figure of a group with a bare "拥有数" after a count
// ("社会养老床位数3.63万余张,每千名老年人拥有数30.25张") is the count per head
// of that group.
func TestPerGroupOwnedTakesTheMeasureBefore(t *testing.T) {
	f := figureOf(t, "全市社会养老床位数3.63万余张,每千名老年人拥有数30.25张。", "30.25")
	if f.Label != "每千名老年人拥有社会养老床位数" {
		t.Errorf("30.25 labelled %q, want 每千名老年人拥有社会养老床位数", f.Label)
	}
}
