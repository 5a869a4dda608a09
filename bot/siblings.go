package bot

import (
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
)

// A statistics section gives one measure for a whole and its parts side by
// side: "年末各类卫生机构拥有床位3515张…其中,医院2473张;基层医疗卫生机构1029张".
// The question that names a part ("乡镇卫生院、社区这些基层机构的床位") asks
// that part's figure, though the whole's label holds the measure's name
// and ranks first.

// siblingNamedFirst lifts, above a better-ranked figure of a catalogue
// measure in the same section of the same report (same year, place and
// unit), a sibling whose label opens with words of the question that the
// better one's lacks, when the better one's label opens with none the
// sibling's lacks. Words of the better figure's indicator ("床位", "门诊")
// do not count: a part's label often leaves the measure to its unit.
// cands are sorted best first and stay so.
//
// qa holds all the question's bigrams, the common ones too: a sibling whose
// label differs from the better one's only by a subject the question names
// whole ("卫生院诊疗" beside "医疗卫生机构总诊疗" for "乡镇卫生院一共看了
// 多少人次") is lifted too.
func siblingNamedFirst(cands []figureCandidate, q, official, qa map[string]bool) {
	for i := 0; i < len(cands); i++ {
		top := cands[i].hit
		id := labelIndicator(indicatorText(top.Figure), measuredUnit(top.Figure))
		measure := indicatorBigrams(id)
		if len(measure) == 0 {
			continue // no catalogue measure the siblings could share
		}
		best, most := -1, 0
		for j := i + 1; j < len(cands); j++ {
			if !siblings(top, cands[j].hit) || partAfterWhole(top.Figure, cands[j].hit.Figure) || cands[i].partOfAsked && cands[j].hit.Figure.Label == top.Figure.Whole {
				continue // a whole is not lifted over its part here (partOfFound), nor over the part asked
			}
			other := cands[j].hit.Figure.Label
			if namedBeyond(q, official, top.Figure.Label, other, measure) > 0 {
				continue
			}
			if namesIndicatorWhole(top.Figure.Label, id) && shared(measure, other) == 0 {
				// "活产数" (births) and "儿童" beside it: a count of
				// another thing, not a kind of the measure named.
				continue
			}
			if namesOnly(q, official, top.Figure.Label, other) && !givenIn(id, cands[j].hit.Figure.Unit) {
				// "行政处罚信息4条" and "公开信息45条": the words asked that
				// only the better one holds (行政处罚) are not carried by
				// the sibling's unit, as 张 carries 床位.
				continue
			}
			n := namedBeyond(q, official, other, top.Figure.Label, measure)
			if n == 0 && namesOwnSubject(qa, other, top.Figure.Label) && !namesOwnSubject(qa, top.Figure.Label, other) {
				n = 1
			}
			if n > most {
				best, most = j, n
			}
		}
		if best < 0 {
			continue
		}
		lifted := cands[best]
		lifted.score = cands[i].score + siblingLift
		copy(cands[i+1:best+1], cands[i:best])
		cands[i] = lifted
	}
}

// siblingLift is how far a named sibling is put above the figure it passes.
const siblingLift = 0.01

// siblings reports whether two figures give one measure side by side: the
// same report, section, year, place and unit, both levels or both changes.
func siblings(a, b corpus.FigureHit) bool {
	fa, fb := a.Figure, b.Figure
	return a.Ref == b.Ref && fa.Section == fb.Section && fa.Year == fb.Year && a.Place == b.Place &&
		fa.Unit == fb.Unit && isChange(fa) == isChange(fb) && fa.Label != fb.Label && !fa.Missing && !fb.Missing
}

// namedBeyond counts the bigrams of the run of words a label opens with
// that the question holds (in its own or the reports' words) and other
// does not, leaving out the measure's: the kind of thing a part names
// before the measure ("基层" of 基层医疗卫生机构, "社区卫生服务中心" of 社区卫生服务中心
// 门诊). Words further in are not counted: a bigram across two words
// ("院平" of 公立医院平均住院日) says nothing of what a question names.
func namedBeyond(q, official map[string]bool, label, other string, measure map[string]bool) int {
	theirs := bigrams(other)
	runes := []rune(corpus.Normalize(label))
	n := 0
	for i := 0; i+1 < len(runes); i++ {
		g := string(runes[i : i+2])
		if !(q[g] || official[g]) || theirs[g] || measure[g] {
			break
		}
		n++
	}
	return n
}

// namesOnly reports whether label holds a bigram of the question (in its
// own or the reports' words) that other does not.
func namesOnly(q, official map[string]bool, label, other string) bool {
	theirs := bigrams(other)
	for g := range bigrams(label) {
		if (q[g] || official[g]) && !theirs[g] {
			return true
		}
	}
	return false
}

// indicatorBigrams are the bigrams of the name and aliases of a catalogue
// indicator; none for "".
// namesIndicatorWhole reports whether a label is an indicator's name or
// alias, word for word ("活产数").
func namesIndicatorWhole(label, id string) bool {
	ind, ok := indicators.ByID(id)
	if !ok {
		return false
	}
	l := corpus.Normalize(label)
	for _, name := range append([]string{ind.Name}, ind.Aliases...) {
		if corpus.Normalize(name) == l {
			return true
		}
	}
	return false
}

func indicatorBigrams(id string) map[string]bool {
	out := map[string]bool{}
	ind, ok := indicators.ByID(id)
	if !ok {
		return out
	}
	for _, name := range append([]string{ind.Name}, ind.Aliases...) {
		for g := range bigrams(name) {
			out[g] = true
		}
	}
	return out
}
