package understand

import (
	"slices"
	"testing"
)

// "区属", "市属" (owned by the district, the city) keep their division's
// character in the topic; the place is still read.
func TestOwnedByKeepsItsDivision(t *testing.T) {
	for q, want := range map[string]string{
		"云溪区属公立医疗机构去年一共接了多少门急诊？": "区属公立医疗机构 接 门急诊",
		"岳阳市属医院去年门诊量多少":          "市属医院 门诊量",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}

// An indicator named whole before another measure in the same word is what
// that measure is of, not the indicator asked: "社区卫生服务中心门诊量" is no
// count of centres; "卫生技术人员数量" still asks the staff count.
func TestIndicatorBeforeAnotherMeasure(t *testing.T) {
	if ids := Indicators("社区卫生服务中心门诊量"); slices.Contains(ids, "community_health_centers") {
		t.Errorf("门诊量 of the centres read as their count: %v", ids)
	}
	if ids := Indicators("卫生技术人员数量"); !slices.Contains(ids, "health_technicians") {
		t.Errorf("数量 dropped the staff count: %v", ids)
	}
	if ids := Indicators("社区卫生服务中心"); !slices.Contains(ids, "community_health_centers") {
		t.Errorf("the centres' count lost: %v", ids)
	}
}
