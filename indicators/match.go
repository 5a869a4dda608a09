package indicators

import (
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/figures"
	"github.com/healthbot/healthbot/corpus/places"
)

// Match is one indicator a text refers to.
type Match struct {
	Indicator Indicator
	Score     float64 // above 1 for an exact phrase hit; 0.5–0.95 for an overlap
	Start     int     // byte offsets of the words matched in the text
	End       int
	Via       string // "name", "alias" or "lay": the kind of phrase matched
}

// Scoring constants (tuned on testdata/questions.yaml).
const (
	fuzzyScale        = 0.95 // an overlap never outranks an exact hit
	fuzzyPrefilter    = 0.42 // whole-text coverage below which a phrase is not examined
	threshold         = 0.5  // final score a match needs
	notPenalty        = 0.5  // the text names a look-alike of this indicator
	hintBoost         = 1.12 // the question asks for the indicator's kind of unit
	hintPenalty       = 0.85 // the question asks for another kind
	ageBoost          = 1.25 // 多少岁 and only 岁 indicators
	sameThreshold     = 0.6  // Same: a label must match this well to count
	explainsMore      = 1.3  // an overlap this much heavier outranks a short exact hit
	precisionShare    = 0.35 // weight of "how much of the text it explains" in an overlap score
	precisionTiebreak = 0.05
)

// MatchText finds the indicators a question or a figure label refers to,
// best first. It works on Simplified text and is robust to particles and
// word order ("门诊次均费用", "次均门诊费用是多少", "看个门诊平均花多少钱").
func MatchText(text string) []Match {
	c := get()
	n := normalize(text)
	if len(n.runes) < 2 {
		return nil
	}
	x := c.idx
	hints := unitHints(text)
	cands := map[int32]*cand{}

	// 1. Exact hits of names, aliases and lay wordings.
	var hits []cand
	for i := 0; i+1 < len(n.runes); i++ {
		for _, ti := range x.byFirst[gramKey(n.runes[i], n.runes[i+1])] {
			t := &x.terms[ti]
			if hasPrefixAt(n.runes, i, t.runes) {
				hits = append(hits, cand{ind: t.ind, term: ti, s: i, e: i + len(t.runes), exact: true})
			}
		}
	}
	for _, h := range hits {
		if containedInLonger(h, hits) {
			continue // 床位数 inside 每千人口床位数 names the longer one
		}
		if perPopulationBefore(n.runes, h.s) && !perPopulation(x.terms[h.term].runes) && !perPopulation([]rune(c.list[h.ind].Name)) {
			// 医疗机构床位数 in 千人均医疗机构床位数 is a count per head;
			// 人均 before 能活到 is 人均预期寿命's own.
			continue
		}
		h.score = 1 + 0.01*float64(h.e-h.s)
		if old := cands[h.ind]; old == nil || h.score > old.score {
			hc := h
			cands[h.ind] = &hc
		}
	}

	// 2. Overlap of character unigrams and bigrams, in a window.
	tg := textGrams(n.runes)
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	if len(sc.acc) < len(x.terms) {
		sc.acc = make([]float32, len(x.terms))
	}
	if len(sc.exact) < len(c.list) {
		sc.exact = make([]bool, len(c.list))
	}
	for ind := range cands {
		sc.exact[ind] = true
	}
	defer func() {
		for ind := range cands {
			sc.exact[ind] = false
		}
	}()
	sc.touched = sc.touched[:0]
	for g := range tg {
		for _, p := range x.postings[g] {
			if sc.exact[x.terms[p.term].ind] {
				continue
			}
			if sc.acc[p.term] == 0 {
				sc.touched = append(sc.touched, p.term)
			}
			sc.acc[p.term] += p.w
		}
	}
	for _, ti := range sc.touched {
		a := sc.acc[ti]
		sc.acc[ti] = 0
		t := &x.terms[ti]
		if (a+t.uni)/t.total < fuzzyPrefilter {
			continue // even with every unigram present
		}
		for gi, g := range t.grams {
			if g&0xFFFFFFFF == 0 {
				if _, ok := tg[g]; ok {
					a += t.w[gi]
				}
			}
		}
		bound := float64(a / t.total) // a window holds no more than the whole text
		if bound < fuzzyPrefilter {
			continue
		}
		if old := cands[t.ind]; old != nil && old.score >= bound {
			continue
		}
		cov, s, e := windowScore(t, tg, len(n.runes), sc)
		if old := cands[t.ind]; old == nil || cov > old.score {
			cands[t.ind] = &cand{ind: t.ind, term: ti, s: s, e: e, score: cov}
		}
	}
	// The share of the words around the match that the indicator's wordings
	// explain, all of them together (一岁以内 from one, 死亡率 from another).
	for _, cd := range cands {
		explained, total := x.explain(cd.ind, n.runes, cd.s, cd.e)
		cd.mass = explained
		prec := explained / max(total, 1e-9)
		if cd.exact {
			cd.score += precisionTiebreak * prec
		} else {
			cd.score = fuzzyScale * ((1-precisionShare)*cd.score + precisionShare*prec)
		}
	}

	// 3. Unit hints, look-alike penalties and other age groups.
	ns := string(n.runes)
	textAges := corpus.AgesNamed(text)
	for _, cd := range cands {
		cd.score *= hintFactor(hints, x.units[cd.ind], cd.exact)
		// A likeness (no exact wording) to a text that holds a word named
		// as not this indicator is that other thing ("行政诉讼案件" is no
		// 行政处罚案件数).
		if namesLookAlike(ns, n.runes, x.not[cd.ind], cd.s, cd.e) || !cd.exact && holdsAny(ns, x.alien[cd.ind]) {
			cd.score *= notPenalty
		}
		if len(textAges) > 0 && len(x.ages[cd.ind]) > 0 && !corpus.SharesAge(textAges, x.ages[cd.ind]) {
			cd.score = 0 // "14岁以下小孩的死亡率" is no 5岁以下儿童死亡率
		}
	}
	// A count read after a per-head mark is its per-head sibling.
	promotePerHead(x, n.runes, cands)
	// 4. A short exact hit inside a longer overlap that explains clearly more
	// of the text names less than it: 死亡率 inside 一岁以内宝宝死亡率.
	for _, a := range cands {
		if !a.exact {
			continue
		}
		for _, b := range cands {
			if b.exact || b.score < threshold || b.e <= a.s || b.s >= a.e || b.mass < explainsMore*a.mass {
				continue
			}
			a.score = min(a.score, 0.9*b.score)
		}
	}
	out := make([]cand, 0, len(cands))
	for _, cd := range cands {
		if cd.score >= threshold {
			out = append(out, *cd)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].ind < out[j].ind
	})
	out = suppress(out)

	res := make([]Match, len(out))
	for i, cd := range out {
		res[i] = Match{
			Indicator: c.list[cd.ind],
			Score:     cd.score,
			Start:     int(n.start[cd.s]),
			End:       int(n.end[cd.e-1]),
			Via:       x.terms[cd.term].via,
		}
	}
	return res
}

type cand struct {
	ind   int32
	term  int32
	s, e  int // rune span in the normalized text
	score float64
	mass  float64 // weight of the text's grams near the match its wordings explain
	exact bool
}

// scratch is per-call working memory, pooled: one score slot per term.
type scratch struct {
	acc     []float32
	touched []int32
	exact   []bool // indicators with an exact hit
	hits    []gramHit
	count   []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// containedInLonger reports whether hit h lies inside a longer exact hit of
// another indicator.
func containedInLonger(h cand, hits []cand) bool {
	for _, o := range hits {
		if o.ind != h.ind && o.s <= h.s && o.e >= h.e && o.e-o.s > h.e-h.s {
			return true
		}
	}
	return false
}

// textGrams maps each unigram and bigram of the text to its positions.
func textGrams(rs []rune) map[uint64][]int32 {
	m := make(map[uint64][]int32, 2*len(rs))
	for i, r := range rs {
		g := gramKey(r, 0)
		m[g] = append(m[g], int32(i))
		if i+1 < len(rs) {
			g = gramKey(r, rs[i+1])
			m[g] = append(m[g], int32(i))
		}
	}
	return m
}

type gramHit struct {
	pos int32
	gi  int32
}

// windowScore is the best weighted share of t's grams found within one
// window of the text a little longer than t, and that window's span.
func windowScore(t *term, tg map[uint64][]int32, n int, sc *scratch) (float64, int, int) {
	hs := sc.hits[:0]
	defer func() { sc.hits = hs[:0] }()
	for gi, g := range t.grams {
		for _, p := range tg[g] {
			hs = append(hs, gramHit{p, int32(gi)})
		}
	}
	slices.SortFunc(hs, func(a, b gramHit) int { return int(a.pos - b.pos) })
	width := int32(len(t.runes) + max(2, len(t.runes)/2))
	if cap(sc.count) < len(t.grams) {
		sc.count = make([]int, len(t.grams))
	}
	count := sc.count[:len(t.grams)]
	clear(count)
	var sum, best float32
	bs, be := 0, 0
	runes, bestRunes := 0, 0 // distinct runes of t found in the window
	lo := 0
	for hi := range hs {
		if count[hs[hi].gi] == 0 {
			sum += t.w[hs[hi].gi]
			if t.grams[hs[hi].gi]&0xFFFFFFFF == 0 {
				runes++
			}
		}
		count[hs[hi].gi]++
		for hs[hi].pos-hs[lo].pos >= width {
			count[hs[lo].gi]--
			if count[hs[lo].gi] == 0 {
				sum -= t.w[hs[lo].gi]
				if t.grams[hs[lo].gi]&0xFFFFFFFF == 0 {
					runes--
				}
			}
			lo++
		}
		if sum > best {
			best, bestRunes = sum, runes
			bs, be = int(hs[lo].pos), int(hs[hi].pos)+1
			if t.grams[hs[hi].gi]&0xFFFFFFFF != 0 {
				be++ // a bigram ends one rune later
			}
		}
	}
	be = min(be, n)
	if bs >= be {
		be = min(bs+1, n)
	}
	// Three shared characters of a long phrase (使用率 of 基本药物使用率) are
	// a coincidence, not a paraphrase.
	if bestRunes < min(4, len(t.runes)-1) {
		return 0, bs, be
	}
	return float64(best / t.total), bs, be
}

// namesLookAlike reports whether the text names one of the indicator's
// look-alikes outside the span that matched the indicator itself.
func namesLookAlike(ns string, rs []rune, nots []string, s, e int) bool {
	for _, w := range nots {
		from := 0
		for {
			k := strings.Index(ns[from:], w)
			if k < 0 {
				break
			}
			bs := from + k
			rsPos := len([]rune(ns[:bs]))
			rePos := rsPos + len([]rune(w))
			if rsPos < s || rePos > e {
				return true
			}
			from = bs + len(w)
		}
	}
	return false
}

// suppress drops an overlap match that mostly covers the same words as a
// better match: those words are already explained.
func suppress(in []cand) []cand {
	out := in[:0]
	for _, c := range in {
		keep := true
		if !c.exact {
			for _, k := range out {
				inter := min(c.e, k.e) - max(c.s, k.s)
				if inter*2 >= c.e-c.s && ((k.exact && k.mass >= c.mass) || c.score < 0.9*k.score) {
					keep = false
					break
				}
			}
		}
		if keep {
			out = append(out, c)
		}
	}
	return out
}

// unitHints reads what kind of quantity a question asks for.
func unitHints(text string) unitClass {
	var h unitClass
	has := func(ws ...string) bool {
		for _, w := range ws {
			if strings.Contains(text, w) {
				return true
			}
		}
		return false
	}
	if has("多少岁", "几岁", "活多久", "活到", "多大岁数", "多长寿") {
		h |= unitAge
	}
	if has("率", "比例", "怎么样", "怎样", "好不好", "咋样", "高不高", "比重", "占比", "占多少", "百分之", "几成", "%", "％", "‰", "覆盖面", "多大比例", "占了多少") {
		h |= unitRate
	}
	if has("多少钱", "花多少", "花了多少", "费用", "花费", "元", "贵不贵", "花销", "开销", "金额", "资金", "经费") {
		h |= unitMoney
	}
	if has("多少人", "多少个", "多少家", "多少张", "几家", "几个", "几张", "多少例", "人数", "例数",
		"数量", "多少名", "人次", "多少床", "多少所") {
		h |= unitCount
	}
	if has("几天", "多少天", "多久到", "几分钟", "多少分钟") {
		h |= unitTime
	}
	return h
}

// hintFactor scales a score by how well the indicator's units fit what the
// question asks for. Exact hits are only nudged.
func hintFactor(h, u unitClass, exact bool) float64 {
	if h == 0 {
		return 1
	}
	f := 1.0
	if h&unitAge != 0 && u&unitAge != 0 {
		f *= ageBoost
	}
	kinds := h &^ unitAge
	if kinds != 0 {
		if kinds&u != 0 {
			f *= hintBoost
		} else if u&(unitRate|unitCount|unitMoney|unitTime) != 0 {
			f *= hintPenalty
		}
	}
	if exact {
		return 1 + (f-1)*0.05
	}
	return f
}

// Same reports whether two labels name the same indicator (for lining up
// figures across documents with different wording). Labels are compared in
// Simplified script (a figure keeps its label as written: 家庭醫生簽約率 is
// 家庭医生签约率). Labels that match no indicator are the same only when
// they read the same once normalized.
func Same(labelA, labelB string) bool {
	labelA, labelB = corpus.Simplify(labelA), corpus.Simplify(labelB)
	a, okA := bestLabel(labelA)
	b, okB := bestLabel(labelB)
	switch {
	case okA && okB:
		return a == b
	case !okA && !okB:
		na, nb := normalize(labelA).runes, normalize(labelB).runes
		return len(na) > 0 && string(na) == string(nb)
	}
	return false
}

// bestLabel is the indicator a label names, if it names one clearly: the top
// match scores well and covers most of the label.
func bestLabel(label string) (string, bool) {
	if figures.IsPart(label) {
		// "卫生技术人员数：其中注册护士", a table's part of a measure: not the
		// measure, and not the part's own indicator either ("医院、卫生院"
		// under 床位数 counts beds, not hospitals).
		return "", false
	}
	ms := MatchText(label)
	if len(ms) == 0 || ms[0].Score < sameThreshold {
		return "", false
	}
	n := normalize(label)
	covered := 0
	for i := range n.runes {
		if int(n.start[i]) >= ms[0].Start && int(n.end[i]) <= ms[0].End {
			covered++
		}
	}
	if covered*2 < len(n.runes) {
		return "", false
	}
	// Words before the match that are not its subject narrow it to a kind
	// (民族医院, 专科医院 of 医院): another figure, not the same one.
	if prefix := subjectWords.Replace(label[:ms[0].Start]); len(normalize(withoutPlaces(prefix)).runes) > 0 {
		return "", false
	}
	return ms[0].Indicator.ID, true
}

// withoutPlaces is text with the place names in it removed.
func withoutPlaces(text string) string {
	var b strings.Builder
	at := 0
	for _, m := range places.Find(text) {
		if m.Start >= at {
			b.WriteString(text[at:m.Start])
			at = m.End
		}
	}
	b.WriteString(text[at:])
	return b.String()
}

// subjectWords say whose figure a label is (the area, its residents), not
// which kind of thing it counts.
var subjectWords = strings.NewReplacer("全市", "", "全省", "", "全区", "", "全县", "", "全州", "", "全国", "", "全盟", "", "全旗", "",
	"我市", "", "我省", "", "我区", "", "我县", "", "本市", "", "本省", "", "城乡", "", "居民", "", "人口", "", "全体", "", "常住", "", "户籍", "")

// explain returns the weight of the text grams near [s,e) that occur in the
// indicator's wordings, and the weight of all of them.
func (x *index) explain(ind int32, rs []rune, s, e int) (float64, float64) {
	l := max(8, 2*(e-s))
	lo, hi := max(0, s-l), min(len(rs), e+l)
	bag := x.bags[ind]
	var seen [64]uint64
	k := 0
	var got, all float32
	visit := func(g uint64) {
		for _, o := range seen[:k] {
			if o == g {
				return
			}
		}
		if k < len(seen) {
			seen[k] = g
			k++
		}
		w := x.textWeight(g)
		all += w
		if bag[g] {
			got += w
		}
	}
	for p := lo; p < hi; p++ {
		visit(gramKey(rs[p], 0))
		if p+1 < hi {
			visit(gramKey(rs[p], rs[p+1]))
		}
	}
	return float64(got), float64(all)
}

// perPopulationMarks say a count is per head of population (千人均床位数,
// 每千人口…, 每万人…, 人均…).
var perPopulationMarks = []string{"人均", "千人口", "万人口", "每千人", "每万人"}

// perPopulationBefore reports whether the few runes before s, the words
// that qualify what is named at s, hold a mark of a count per head.
func perPopulationBefore(rs []rune, s int) bool {
	before := string(rs[max(0, s-maxQualifierRunes):s])
	for _, m := range perPopulationMarks {
		if strings.Contains(before, m) {
			return true
		}
	}
	return false
}

// maxQualifierRunes is how far before a name its qualifiers are read
// (千人均 + 医疗机构 before 床位数).
const maxQualifierRunes = 8

// perPopulation reports whether a wording is itself per head of population.
func perPopulation(rs []rune) bool {
	w := string(rs)
	for _, m := range perPopulationMarks {
		if strings.Contains(w, m) {
			return true
		}
	}
	return strings.HasPrefix(w, "每")
}

// holdsAny reports whether s contains one of the words.
func holdsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
