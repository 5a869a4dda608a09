package places

import (
	"strings"
	"unicode/utf8"
)

// NamedWithin returns the divisions of the given level inside the place
// named parent (a province or city, by any name Lookup accepts) that text
// names by their full name or their short form, with how often, in the
// order of the gazetteer. A short form counts here although Find would
// not take it alone: the caller knows the text is about a division of
// that level inside parent ("县卫生健康局" of a report naming 台州市 and
// "天台诊治中心"). Short forms of one character never count.
func NamedWithin(text, parent string, level Level) []Count {
	p, ok := Lookup(parent)
	if !ok {
		return nil
	}
	g := get()
	var out []Count
	for _, e := range g.entries {
		if e.Level != level || (e.Parent != p.Name && e.Province != p.Name) || e.Name == p.Name {
			continue
		}
		n := strings.Count(text, e.Name)
		if e.Short != "" && e.Short != e.Name && utf8.RuneCountInString(e.Short) >= 2 {
			if strings.Contains(e.Name, e.Short) {
				n = strings.Count(text, e.Short) // counts the full names too
			} else {
				n += strings.Count(text, e.Short)
			}
		}
		if n > 0 {
			out = append(out, Count{Place: e.Place, N: n})
		}
	}
	return out
}

// Count is a place and how often a text names it.
type Count struct {
	Place Place
	N     int
}

// In reports whether p lies in q: q is its province or the division
// directly above it (云阳县 in 重庆市, 西城区 in 北京市).
func (p Place) In(q Place) bool {
	return q.Name != "" && p.Level > q.Level && (p.Province == q.Name || p.Parent == q.Name)
}

// Within reports whether the place named inner (any name Lookup accepts)
// lies in the one named outer.
func Within(inner, outer string) bool {
	if inner == "" || outer == "" || inner == outer {
		return false
	}
	p, ok := Lookup(inner)
	return ok && (p.Province == outer || p.Parent == outer)
}
