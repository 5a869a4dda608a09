package figures

import "testing"

// The beds and the staff written after a count of institutions are both
// those institutions' (made-up bulletin).
func TestStaffAfterBedsAreTheInstitutions(t *testing.T) {
	want := map[string]string{"162": "乡镇卫生院", "11820": "乡镇卫生院床位", "7655": "乡镇卫生院卫生技术人员"}
	for _, f := range Extract("全市共有乡镇卫生院162个，床位11820张，卫生技术人员7655人") {
		if l, ok := want[f.Raw]; ok && f.Label != l {
			t.Errorf("%s labelled %q, want %q", f.Raw, f.Label, l)
		}
		delete(want, f.Raw)
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
