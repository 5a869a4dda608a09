package figures

import "testing"

// Measures listed with "、" after a group counted whole are the group's:
// 重点人群签约人数, 重点人群签约率; a measure after a comma is not.
func TestMeasuresOfACountedGroup(t *testing.T) {
	want := map[string]string{"12040": "重点人群", "11870": "重点人群签约人数", "98.6": "重点人群签约率", "30120": "体检"}
	for _, f := range Extract("已完成家庭医生签约服务36210人,重点人群共12040人、签约人数11870人、签约率98.6%;已体检30120人。") {
		if w, ok := want[f.Raw]; ok && f.Label != w {
			t.Errorf("%s: %q, want %q", f.Raw, f.Label, w)
		}
	}
}
