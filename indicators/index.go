package indicators

import (
	"maps"
	"math"
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
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
	uni   float32 // weight of its unigrams alone
}

// index holds the catalogue's phrases ready for matching.
type index struct {
	terms    []term
	byFirst  map[uint64][]int32         // first bigram (or lone rune) -> terms, for exact hits
	postings map[uint64][]posting       // bigram -> fuzzy-eligible terms containing it
	byGram   map[uint64][]int32         // gram -> indicators whose wordings contain it
	weight   map[uint64]float32         // gram -> weight (IDF over indicators)
	unknown  float32                    // weight of a text gram no indicator uses
	bags     []map[uint64]bool          // per indicator: the grams of all its wordings
	not      [][]string                 // per indicator: normalized NotConfused words
	alien    [][]string                 // per indicator: those of its not words no name of its own holds
	units    []unitClass                // per indicator: the classes of its units
	ages     []map[int]bool             // per indicator: the ages its wordings name (5岁以下)
	perHead  map[int32]map[string]int32 // count indicator -> scale (千, 万) -> its per-head sibling
}

// posting is a term holding a gram, with the gram's weight in it.
type posting struct {
	term int32
	w    float32
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
	var bases [][]rune
	for _, q := range []string{p, bare(p)} {
		rs := normPhrase(q)
		// A wording that loses its question words and becomes short
		// ("有多少医生" → "医生") no longer says which indicator it means.
		if len(rs) < 4 && len(rs) < len(foldOnly(q)) && !onlyParticlesDropped(q, rs) {
			continue
		}
		bases = append(bases, rs)
	}
	// Per-population names are also written 千人均 ("千人均床位数",
	// "千人均医疗机构床位数"): each form of one is matched in that form too.
	for _, b := range bases {
		for _, pre := range []string{"每千人口", "千人口", "每万人口", "万人口"} {
			if rest, ok := strings.CutPrefix(string(b), pre); ok && rest != "" {
				per := strings.TrimPrefix(strings.TrimSuffix(pre, "人口"), "每") // 千 or 万
				bases = append(bases, []rune(per+"人均"+rest))
				break
			}
		}
	}
	for _, b := range bases {
		add(b)
		if len(b) >= 5 && b[0] == '每' {
			add(b[1:])
		}
		if len(b) >= 3 && b[len(b)-1] == '数' {
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
		postings: map[uint64][]posting{},
		byGram:   map[uint64][]int32{},
		weight:   map[uint64]float32{},
		bags:     make([]map[uint64]bool, len(list)),
		not:      make([][]string, len(list)),
		alien:    make([][]string, len(list)),
		units:    make([]unitClass, len(list)),
		ages:     make([]map[int]bool, len(list)),
		perHead:  perHeadSiblings(list),
	}
	for i, ind := range list {
		x.ages[i] = map[int]bool{}
		for _, w := range append(append([]string{ind.Name}, ind.Aliases...), ind.Lay...) {
			maps.Copy(x.ages[i], corpus.AgesNamed(w))
		}
	}
	type key struct {
		ind int32
		s   string
	}
	seen := map[key]bool{}
	for i, ind := range list {
		bag := map[uint64]bool{}
		add := func(p, via string) {
			// Every wording is evidence for the indicator, even one too short
			// to be matched on its own.
			for _, g := range gramsOf(normPhrase(p)) {
				bag[g] = true
			}
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
		x.bags[i] = bag
		for g := range bag {
			x.byGram[g] = append(x.byGram[g], int32(i))
		}
		for _, n := range ind.NotConfused {
			for _, rs := range variants(n) {
				x.not[i] = append(x.not[i], string(rs))
				if !ownNameHolds(ind, string(rs)) {
					x.alien[i] = append(x.alien[i], string(rs))
				}
			}
		}
		x.units[i] = classesOf(ind.Units)
	}
	// Gram weights: inverse document frequency over indicators, so 率, 数,
	// 人口 count for little and 签约, 寿命 for much.
	n := float64(len(list))
	for g, inds := range x.byGram {
		x.weight[g] = gramWeight(g, math.Log(1+n/float64(len(inds))))
	}
	x.unknown = gramWeight(1, math.Log(1+n)) * unknownShare
	for ti := range x.terms {
		t := &x.terms[ti]
		t.grams = gramsOf(t.runes)
		t.w = make([]float32, len(t.grams))
		for gi, g := range t.grams {
			t.w[gi] = x.weight[g]
			t.total += t.w[gi]
			if g&0xFFFFFFFF == 0 {
				t.uni += t.w[gi]
			}
		}
		first := gramKey(t.runes[0], t.runes[1])
		x.byFirst[first] = append(x.byFirst[first], int32(ti))
		if len(t.runes) >= minFuzzyRunes {
			// Only bigrams find candidates: a paraphrase shares at least
			// one two-character word; unigrams are counted per candidate.
			for gi, g := range t.grams {
				if g&0xFFFFFFFF != 0 {
					x.postings[g] = append(x.postings[g], posting{int32(ti), t.w[gi]})
				}
			}
		}
	}
	return x
}

func gramWeight(g uint64, idf float64) float32 {
	if g&0xFFFFFFFF != 0 { // bigram: order carries meaning
		idf *= bigramBoost
	}
	if isFrame(g) {
		idf *= frameWeight
	}
	return float32(idf)
}

// textWeight is the weight of a gram of the text; one no indicator uses
// still counts, as words the indicator does not explain.
func (x *index) textWeight(g uint64) float32 {
	if w, ok := x.weight[g]; ok {
		return w
	}
	if isFrame(g) {
		return x.unknown * frameWeight
	}
	return x.unknown
}

const (
	bigramBoost  = 1.5
	frameWeight  = 0.25
	unknownShare = 0.5
)

// frameRunes make up the question frames of lay wordings (多不多, 够不够,
// 有多少): they say a question is asked, not which indicator it is about.
var frameRunes = map[rune]bool{'多': true, '少': true, '不': true, '几': true,
	'怎': true, '样': true, '么': true, '啥': true, '没': true, '有': true, '是': true}

// isFrame reports whether every rune of gram g is a frame rune.
func isFrame(g uint64) bool {
	a, b := rune(g>>32), rune(g&0xFFFFFFFF)
	return frameRunes[a] && (b == 0 || frameRunes[b])
}

// onlyParticlesDropped reports whether normalizing q dropped nothing but
// particles (抽烟的人 → 抽烟人 keeps its meaning).
func onlyParticlesDropped(q string, rs []rune) bool {
	k := 0
	for _, r := range foldOnly(q) {
		if !particles[r] {
			k++
		}
	}
	return k == len(rs)
}

// foldOnly is s with punctuation and spaces dropped but nothing else.
func foldOnly(s string) []rune {
	var out []rune
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			out = append(out, f)
		}
	}
	return out
}

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

// ownNameHolds reports whether the indicator's name or an alias, normalized,
// holds w ("每千人口医疗卫生机构床位数" holds 医疗卫生机构床位数).
func ownNameHolds(ind Indicator, w string) bool {
	for _, n := range append([]string{ind.Name}, ind.Aliases...) {
		for _, rs := range variants(n) {
			if strings.Contains(string(rs), w) {
				return true
			}
		}
	}
	return false
}
