package figures

import "strings"

// verbCountUnits gives a count written with no unit right after a verb
// ("第二针累计接种20303") the unit of the nearest count before it in the
// sentence whose label holds the same verb ("第一针接种累计222144人"): the
// writer left out a unit the parallel clause gives.
func verbCountUnits(cs []cand) {
	for i := range cs {
		c := &cs[i]
		l := c.label.n
		if c.unit.unit != "" || !c.num.isInt || c.num.missing || len(l) < 2 || contentVerbs.suffix(l, 0, len(l)) < 2 {
			continue
		}
		verb := string(l[len(l)-contentVerbs.suffix(l, 0, len(l)):])
		for k := i - 1; k >= 0; k-- {
			p := &cs[k]
			if p.unit.unit == "" || !p.unit.count && !strings.HasSuffix(p.unit.base, "次") {
				continue // a count of things or of times given, not a measure
			}
			if strings.Contains(string(p.label.n), verb) {
				c.unit = unitMatch{end: c.num.b, unit: p.unit.unit, count: true, base: p.unit.base}
			}
			break
		}
	}
}
