package indicators

import "strings"

// perHeadPrefixes open the names of indicators counted per head of
// population, with the scale each gives (每千人口床位数 is 千, 每万人口全科医生数
// 万).
var perHeadPrefixes = []struct{ prefix, scale string }{
	{"每千人口", "千"}, {"每万人口", "万"}, {"千人口", "千"}, {"万人口", "万"},
}

// perHeadSiblings maps each count indicator to the indicators that count
// the same thing per head, by scale: 卫生技术人员数 → 千 → 每千人口卫生技术人员数.
// A sibling is found by its name: a per-head prefix and then the count's
// name (brackets ignored: 每千人口执业（助理）医师数 and 执业（助理）医师数), or
// the count's stem and 率 for a rate in ‰ (出生人口数 → 出生率).
func perHeadSiblings(list []Indicator) map[int32]map[string]int32 {
	byName := map[string]int32{}
	for i, ind := range list {
		byName[bare(ind.Name)] = int32(i)
	}
	out := map[int32]map[string]int32{}
	for i, ind := range list {
		name := bare(ind.Name)
		for _, p := range perHeadPrefixes {
			rest, ok := strings.CutPrefix(name, p.prefix)
			if !ok {
				continue
			}
			if base, ok := byName[rest]; ok && base != int32(i) {
				if out[base] == nil {
					out[base] = map[string]int32{}
				}
				if _, taken := out[base][p.scale]; !taken {
					out[base][p.scale] = int32(i)
				}
			}
			break
		}
	}
	// A count of people per thousand of population is its rate in ‰:
	// 出生人口数 → 出生率 ("每千人口生了几个娃").
	for i, ind := range list {
		stem, ok := strings.CutSuffix(bare(ind.Name), "率")
		if !ok || len(ind.Units) == 0 || ind.Units[0] != "‰" {
			continue
		}
		for _, count := range []string{"人口数", "人数", "数"} {
			if base, ok := byName[stem+count]; ok && base != int32(i) {
				if out[base] == nil {
					out[base] = map[string]int32{}
				}
				if _, taken := out[base]["千"]; !taken {
					out[base]["千"] = int32(i)
				}
			}
		}
	}
	return out
}

// bare is a name without its bracketed parts.
func bare(name string) string {
	return parenGroup.ReplaceAllString(name, "")
}

// perHeadScale is the scale of the per-head mark in the few runes before a
// match at s..e or at its start, where a loose match may have taken in the
// mark's 人 ("每千人拥有卫生技术人员" → 千); "" when there is none or it names
// no scale (人均).
func perHeadScale(rs []rune, s, e int) string {
	before := string(rs[max(0, s-maxQualifierRunes):min(e, s+4)])
	for _, m := range []struct{ mark, scale string }{{"千人", "千"}, {"万人", "万"}} {
		if strings.Contains(before, m.mark) && (strings.Contains(before, "每"+m.mark) || strings.Contains(before, m.mark+"口") || strings.Contains(before, m.mark+"均")) {
			return m.scale
		}
	}
	return ""
}

// promotePerHead gives a count matched right after a per-head mark
// ("每千人拥有卫生技术人员", where 拥有 keeps the name from being matched
// whole) to its per-head sibling of that scale, and marks the count itself
// as the look-alike it is there.
func promotePerHead(x *index, rs []rune, cands map[int32]*cand) {
	var moved []cand
	for _, cd := range cands {
		sibs := x.perHead[cd.ind]
		if sibs == nil {
			continue
		}
		sib, ok := sibs[perHeadScale(rs, cd.s, cd.e)]
		if !ok {
			continue
		}
		moved = append(moved, cand{ind: sib, term: cd.term, s: cd.s, e: cd.e, score: cd.score, mass: cd.mass})
		cd.score *= notPenalty
	}
	for _, m := range moved {
		if old := cands[m.ind]; old == nil || old.score < m.score {
			cands[m.ind] = &m
		}
	}
}

// PerHead returns the indicator counting what id counts per head of
// population, of the scale asked ("千" or "万") or else of the other:
// 每万人口全科医生数 of 全科医生数, 出生率 of 出生人口数.
func PerHead(id, scale string) (Indicator, bool) {
	c := get()
	i, ok := c.byID[id]
	if !ok {
		return Indicator{}, false
	}
	sibs := c.idx.perHead[int32(i)]
	for _, s := range []string{scale, "千", "万"} {
		if v, ok := sibs[s]; ok {
			return c.list[v], true
		}
	}
	return Indicator{}, false
}
