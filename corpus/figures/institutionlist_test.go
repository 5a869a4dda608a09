package figures

import "testing"

// A list of institutions sharing one measure, with as many values as
// institutions, gives each its own value and the whole measure ("藏医服务覆
// 盖率", not "覆盖率"), with 分别 or without it.
func TestInstitutionListSharesTheWholeMeasure(t *testing.T) {
	for _, s := range []string{
		"社区卫生服务中心、乡镇卫生院和村卫生室藏医服务覆盖率达到100%、94.4%和42.4%。",
		"社区卫生服务中心、乡镇卫生院和村卫生室藏医服务覆盖率分别达到100%、94.4%和42.4%。",
	} {
		for raw, label := range map[string]string{"100": "社区卫生服务中心藏医服务覆盖率", "94.4": "乡镇卫生院藏医服务覆盖率", "42.4": "村卫生室藏医服务覆盖率"} {
			if f := figureOf(t, s, raw); f.Raw != "" && f.Label != label {
				t.Errorf("%s %s: label %q, want %q", s, raw, f.Label, label)
			}
		}
	}
}
