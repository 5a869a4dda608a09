package understand

import "testing"

// Health workers counted with 个 after their name are people.
func TestStaffCountedWithGe(t *testing.T) {
	for q, want := range map[string]string{
		"福建2020年村卫生室里有执业助理医师多少个？": "人",
		"全县护士一共有几个？":              "人",
		"南海区建国70年医院数量涨了多少倍？":      "倍",
		"全县村卫生室有多少个？":             "个",
		"今年打算给多少个3到6岁小孩涂氟？":       "人", // an age before the people counted
		"有多少个0-3岁的婴幼儿托位？":         "个",
	} {
		if got := AskedUnit(q); got != want {
			t.Errorf("AskedUnit(%q) = %q, want %q", q, got, want)
		}
	}
}

// 个 after a verb of work done ("筛查做了多少个") counts whatever the work
// reached, people too: no unit is asked.
func TestGeAfterWorkDone(t *testing.T) {
	if got := AskedUnit("去年给刚出生的娃娃免费筛查做了多少个？"); got != "" {
		t.Errorf("AskedUnit = %q, want none", got)
	}
}
