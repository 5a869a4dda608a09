package bot

import "testing"

// A question naming one kind of a contrast (中医) is contradicted by a label
// naming another (西医) and not by one naming it or neither.
func TestContradictsKind(t *testing.T) {
	for _, c := range []struct {
		q, label string
		want     bool
	}{
		{"社区卫生服务中心能看的中医病种多了几种", "社区卫生服务中心可开展西医诊疗病种", true},
		{"社区卫生服务中心能看的中医病种多了几种", "社区卫生服务中心可开展中医诊疗病种", false},
		{"社区卫生服务中心能看的中医病种多了几种", "诊疗病种", false},
		{"非公立医疗机构占几成", "公立医疗机构占比重", true},
		{"农村居民健康素养水平", "城市居民健康素养水平", true},
	} {
		if got := contradictsKind(c.q, c.label); got != c.want {
			t.Errorf("contradictsKind(%q, %q) = %v, want %v", c.q, c.label, got, c.want)
		}
	}
}
