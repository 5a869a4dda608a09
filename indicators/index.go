package indicators

import (
	"math"
	"regexp"
	"strings"
)

// Via values: which kind of catalogue phrase a match came from.
const (
	ViaName  = "name"
	ViaAlias = "alias"
	ViaLay   = "lay"
)

// term is one normalized catalogue phrase (or a variant of one).
type term struct {
	ind   int32
	via   string
	runes []rune
	grams []uint64  // distinct unigrams and bigrams
	w     []float32 // weight of each gram
	total float32
}

// index holds the catalogue's phrases ready for matching.
type index struct {
	terms    []term
	byFirst  map[uint64][]int32 // first bigram (or lone rune) -> terms, for exact hits
	postings map[uint64][]int32 // gram -> fuzzy-eligible terms containing it
	not      [][]string         // per indicator: normalized NotConfused words
	units    []unitClass        // per indicator: the classes of its units
}

// minFuzzyRunes: shorter phrases (签约率, 婚检) only match exactly; a
// scattered overlap with two or three characters means nothing.
const minFuzzyRunes = 4

func gramKey(a, b rune) uint64 { return uint64(a)<<32 | uint64(b) }

var parenGroup = regexp.MustCompile(`（[^）]*）|\([^)]*\)`)

// variants are the forms a phrase is matched in: as written (brackets
// dropped, their content kept), without the bracketed part
// (执业（助理）医师数 → 执业医师数), and without a leading 每 or a trailing 数
// (每千人口床位数 → 千人口床位数, 每千人口执业医师).
func variants(p string) [][]rune {
	seen := map[string]bool{}
	var out [][]rune
	add := func(rs []rune) {
		if len(rs) < 2 || seen[string(rs)] {
			return
		}
		seen[string(rs)] = true
		out = append(out, rs)
	}
	bases := [][]rune{normPhrase(p)}
	if stripped := parenGroup.ReplaceAllString(p, ""); stripped != p {
		bases = append(bases, normPhrase(stripped))
	}
	for _, b := range bases {
		add(b)
		if len(b) >= 5 && b[0] == '每' {
			add(b[1:])
		}
		if len(b) >= 5 && b[len(b)-1] == '数' {
			add(b[:len(b)-1])
			if b[0] == '每' {
				add(b[1 : len(b)-1])
			}
		}
	}
	return out
}

func buildIndex(list []Indicator) *index {
	x := &index{
		byFirst:  map[uint64][]int32{},
		postings: map[uint64][]int32{},
		not:      make([][]string, len(list)),
		units:    make([]unitClass, len(list)),
	}
	type key struct {
		ind int32
		s   string
	}
	seen := map[key]bool{}
	for i, ind := range list {
		add := func(p, via string) {
			for _, rs := range variants(p) {
				k := key{int32(i), string(rs)}
				if seen[k] {
					continue
				}
				seen[k] = true
				x.terms = append(x.terms, term{ind: int32(i), via: via, runes: rs})
			}
		}
		add(ind.Name, ViaName)
		for _, a := range ind.Aliases {
			add(a, ViaAlias)
		}
		for _, l := range ind.Lay {
			add(l, ViaLay)
		}
		for _, n := range ind.NotConfused {
			for _, rs := range variants(n) {
				x.not[i] = append(x.not[i], string(rs))
			}
		}
		x.units[i] = classesOf(ind.Units)
	}
	// Gram weights: inverse document frequency over indicators, so 率, 数,
	// 人口 count for little and 签约, 寿命 for much.
	df := map[uint64]int{}
	perInd := map[uint64]int32{}
	for ti := range x.terms {
		t := &x.terms[ti]
		t.grams = gramsOf(t.runes)
		for _, g := range t.grams {
			if last, ok := perInd[g]; !ok || last != t.ind+1 {
				df[g]++
				perInd[g] = t.ind + 1
			}
		}
	}
	// perInd only dedups consecutive terms of one indicator, which is how
	// terms are laid out (grouped by indicator), so df counts indicators.
	n := float64(len(list))
	for ti := range x.terms {
		t := &x.terms[ti]
		t.w = make([]float32, len(t.grams))
		for gi, g := range t.grams {
			w := math.Log(1 + n/float64(df[g]))
			if g&0xFFFFFFFF != 0 { // bigram: order carries meaning
				w *= bigramBoost
			}
			t.w[gi] = float32(w)
			t.total += float32(w)
		}
		first := gramKey(t.runes[0], t.runes[1])
		x.byFirst[first] = append(x.byFirst[first], int32(ti))
		if len(t.runes) >= minFuzzyRunes {
			for _, g := range t.grams {
				x.postings[g] = append(x.postings[g], int32(ti))
			}
		}
	}
	return x
}

const bigramBoost = 1.5

// gramsOf lists the distinct unigrams and bigrams of rs.
func gramsOf(rs []rune) []uint64 {
	out := make([]uint64, 0, 2*len(rs))
	seen := make(map[uint64]bool, 2*len(rs))
	for i, r := range rs {
		g := gramKey(r, 0)
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
		if i+1 < len(rs) {
			g = gramKey(r, rs[i+1])
			if !seen[g] {
				seen[g] = true
				out = append(out, g)
			}
		}
	}
	return out
}

// unitClass is a bit set of the kinds of quantity an indicator is given in.
type unitClass uint8

const (
	unitRate unitClass = 1 << iota
	unitCount
	unitMoney
	unitAge
	unitTime
)

func classesOf(units []string) unitClass {
	var c unitClass
	for _, u := range units {
		switch {
		case u == "岁":
			c |= unitAge
		case strings.Contains(u, "%") || strings.Contains(u, "‰") || strings.HasPrefix(u, "1/") ||
			u == ":" || u == "女=100" || u == "DDDs" || u == "级" || u == "分":
			c |= unitRate
		case strings.HasSuffix(u, "元"):
			c |= unitMoney
		case u == "天" || u == "日" || u == "分钟":
			c |= unitTime
		default:
			c |= unitCount
		}
	}
	return c
}
