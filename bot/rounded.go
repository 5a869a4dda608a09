package bot

import "slices"

// roundingWords mark a value written rounded: "16万余人", "约2.3万", "近万".
var roundingWords = []string{"余", "多", "约", "近", "超过", "左右", "逾"}

// rounded reports whether a figure's qualifier marks its value as rounded.
func rounded(q string) bool { return containsAny(q, roundingWords) }

// preciseOverRounded puts first the exact value of a count the best
// figure gives rounded: a headline's "易县16万余人有了家庭医生" and its
// body's "全县164577人拥有了家庭医生" are one count, which the body gives
// exactly. The exact one must be of the same place, year and unit, no
// change, within a fifth of the rounded value and scored nearly as well.
func preciseOverRounded(cands []figureCandidate) []figureCandidate {
	if len(cands) < 2 {
		return cands
	}
	best := cands[0]
	if !rounded(best.hit.Figure.Qualifier) || isChange(best.hit.Figure) {
		return cands
	}
	v, unit, ok := scaled(best.hit.Figure)
	if !ok || v <= 0 {
		return cands
	}
	for i, c := range cands[1:] {
		f := c.hit.Figure
		if c.score < nearlyAsWell*best.score || rounded(f.Qualifier) || isChange(f) || f.Year != best.hit.Figure.Year || c.hit.Place != best.hit.Place {
			continue
		}
		if w, u, ok := scaled(f); ok && u == unit && w >= 0.8*v && w <= 1.2*v {
			out := slices.Clone(cands)
			exact := out[i+1]
			copy(out[1:i+2], out[:i+1])
			out[0] = exact
			return out
		}
	}
	return cands
}
