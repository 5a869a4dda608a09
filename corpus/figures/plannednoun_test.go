package figures

import "testing"

// 计划 in a noun ("计划怀孕夫妻", "计划生育家庭") makes no plan of the count
// it names.
func TestPlannedNounIsNoPlan(t *testing.T) {
	for _, f := range Extract("截止目前明山区共有232对计划怀孕夫妻参加了国家免费孕前优生健康检查,完成全年目标人群数的98.7%。") {
		if f.Target {
			t.Errorf("%s %s%s read as a target", f.Label, f.Raw, f.Unit)
		}
	}
}
