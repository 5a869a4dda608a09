package figures

import "testing"

// A count of people followed by 参加, 出席 … is the attendance, not a count
// of the last group listed before it.
func TestAttendanceLabel(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"全省三级医院医联体建设工作分管负责人,城市医疗集团牵头单位负责人、二级医院负责人,县域医共体牵头单位负责人等共计600余人参加", "600", "参加人数"},
		{"医疗二级机构乡镇卫生院主要负责人、局机关负责人共80余人参加了会议", "80", "参加人数"},
		{"全县乡村医生共320名参训", "320", "参加培训人数"},
		{"各乡镇卫生院院长等50人出席全县卫生健康工作会议", "50", "出席全县卫生健康工作会议"},
		{"全市500余名青年踊跃参加无偿献血", "500", "青年踊跃参加无偿献血"},
		{"共培训乡村医生320名", "320", "培训乡村医生"},
	}
	for _, c := range cases {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Label != c.label {
			t.Errorf("%s: %s labelled %q, want %q", c.sentence, f.Raw, f.Label, c.label)
		}
	}
}
