package figures

import "testing"

// Changes listed after 分别 take, in order, the labels of the levels just
// before them.
func TestRespectiveChanges(t *testing.T) {
	cases := []struct {
		sentence string
		want     map[string]string // raw value → label
	}{
		{"医院、卫生院拥有床位16.05万张,卫生技术人员16.32万人,分别较2012年增长45.63%、43.83%。",
			map[string]string{"45.63": "医院、卫生院拥有床位", "43.83": "卫生技术人员"}},
		{"这十年,合肥市医疗卫生机构3543家,增长68.72%,每千人口床位数7.24张、执业(助理)医师数3.26人、注册护士数4.09人,分别增长53.39%、68.04%、77.83%。",
			map[string]string{"68.72": "合肥市医疗卫生机构", "53.39": "每千人口床位数", "68.04": "每千人口执业医师数", "77.83": "每千人口注册护士数"}},
	}
	for _, c := range cases {
		got := map[string]string{}
		for _, f := range Extract(c.sentence) {
			got[f.Raw] = f.Label
		}
		for raw, label := range c.want {
			if got[raw] != label {
				t.Errorf("%s: %s labelled %q, want %q", c.sentence, raw, got[raw], label)
			}
		}
	}
}
