package figures

import "strings"

// shareListUnits gives the numbers of a list written with one unit at its
// end ("分别提高1.5、2.3个百分点", "分别新增3、5家") that unit: when numbers
// joined by 、 alone have no unit but the last, they all measure in it. A
// list whose numbers carry units of their own but one ("分别控制在0、4.4‰、
// 5.87‰") gives none away. It marks every number joined to the next as
// listed ("3、5家", "4.4‰、5.87‰").
func shareListUnits(t *text, cs []cand) {
	for i := range cs[:max(len(cs)-1, 0)] {
		c, next := &cs[i], &cs[i+1]
		// "3.85、1.85个百分点", "3.85和1.85个百分点": listed numbers.
		c.listed = next.num.a == c.se+1 && strings.ContainsRune("、和及与", t.nAt(c.se))
	}
	for a := 0; a < len(cs); {
		b := a
		for b < len(cs) && cs[b].listed {
			b++
		}
		// cs[a..b] is one list; only its last number may have a unit.
		shared := b > a && cs[b].unit.unit != "" && !cs[b].num.missing
		for k := a; k < b && shared; k++ {
			shared = cs[k].unit.unit == "" && !cs[k].num.missing
		}
		for k := a; k < b && shared; k++ {
			u := cs[b].unit
			cs[k].unit = unitMatch{end: cs[k].num.b, unit: u.unit, quals: u.quals, count: u.count, base: u.base}
		}
		a = b + 1
	}
}
