package figures

import "testing"

// The date of a thing still to come ("将于2021年初投入使用") dates its own
// clause, not the figures of the clauses after it, which keep the
// sentence's year.
func TestScheduledYearDatesItsClause(t *testing.T) {
	figs := Extract("2020年,某县投资1.2亿元合作建设的县第二人民医院将于2021年初投入使用,投资3.5亿元的新中医院已开工建设;预计2022年建成床位500张。")
	want := map[string]int{"1.2": 2020, "3.5": 2020, "500": 2022}
	for _, f := range figs {
		if y, ok := want[f.Raw]; ok && f.Year != y {
			t.Errorf("%s (%s) dated %d, want %d", f.Raw, f.Label, f.Year, y)
		}
	}
}
