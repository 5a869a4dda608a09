package understand

import "testing"

func TestWantsOverview(t *testing.T) {
	cases := []struct {
		q         string
		ok, field bool
	}{
		{"今年主要做了哪些工作", true, false},
		{"青阳县卫健委今年总结里说干成了哪几件大事？", true, false},
		{"去年全年工作总的来说怎么样", true, false},
		{"今年卫生健康工作的整体情况", true, true},
		{"今年在医疗卫生方面取得了哪些成绩", true, true},
		{"今年家庭医生签约工作怎么样", false, false}, // one topic
		{"党建工作有哪些亮点", false, false},
		{"新洲卫健局去年有啥拿得出手的亮点？", true, false}, // lay words for 亮点
		{"四川今年在医疗卫生上有什么打算", false, false},  // no overview cue: the field's plans
		{"明年重点工作有哪些", false, false},
	}
	for _, c := range cases {
		if ok, field := WantsOverview(c.q); ok != c.ok || field != c.field {
			t.Errorf("WantsOverview(%q) = %v, %v; want %v, %v", c.q, ok, field, c.ok, c.field)
		}
	}
}
