package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// partOfFound reads a candidate that is a part its sentence names after
// 其中 ("医院出院患者平均住院日为8.25日,其中公立医院为9.07日"; "共发布信息171
// 条,其中新闻动态8条,…,部门信息5条": every item after it) against the
// candidates that are its whole, written before the 其中: unnamed reports
// a whole while the question names none of the part's own words (公立,
// 部门: those its whole's label lacks), so the whole answers first; named
// reports a whole while the question names the part by such words ("区属的
// 公立医院…门急诊" of 区属公立医疗机构门急诊, 其中公立医院门急诊), and
// best is the best score of such a whole: the part answers before it,
// whatever other words of the whole's the question repeats.
func partOfFound(cands []figureCandidate, c figureCandidate, q map[string]bool) (unnamed, named bool, best float64) {
	if utf8.RuneCountInString(c.hit.Figure.Label) < 3 {
		return false, false, 0
	}
	for _, o := range cands {
		if o.hit.Ref != c.hit.Ref || !partAfterWhole(c.hit.Figure, o.hit.Figure) {
			continue
		}
		if namesOwnWords(q, c.hit.Figure.Label, o.hit.Figure.Label) {
			named, best = true, max(best, o.score)
		} else {
			unnamed = true
		}
	}
	return unnamed, named, best
}

// partAfterWhole reports whether part is given after 其中 in a sentence
// that gives whole before it ("门急诊1265.67万人次,…。其中公立医院门急诊
// 491.40万人次"), the whole's sentence being the part's or the one its 其中
// goes on from.
func partAfterWhole(part, whole corpus.Figure) bool {
	at := strings.Index(part.Sentence, "其中")
	if at < 0 || whole.Sentence == "" || !strings.Contains(part.Sentence, whole.Sentence) || whole.Label == part.Label {
		return false
	}
	if v := writtenValue(part); valueAt(part.Sentence[at:], v) < 0 || valueAt(part.Sentence[:at], v) >= 0 {
		return false
	}
	return strings.Contains(part.Sentence[:at], whole.Raw+whole.Unit)
}

// namesOwnWords reports whether q names a part by the words its whole's
// label lacks: its first or last two characters (公立 of 公立医院, 执法 of
// 行政执法; after the whole's label it may open with: 确诊 of 本土病例中确诊
// 病例), or two of its own bigrams (推荐, 荐标 of …达到推荐标准); one
// bigram inside may be a chance meeting of two words ("住一回院平均" holds
// 院平 of 公立医院平均住院日). q holds all the question's bigrams, the
// common ones too (医院 tells 公立医院 from 公立医疗机构).
func namesOwnWords(q map[string]bool, part, whole string) bool {
	w := allBigrams(whole)
	own := part
	if rest, ok := strings.CutPrefix(part, whole); ok {
		// "新冠肺炎本土病例中确诊病例": the part's own words open after
		// its whole's label and 中.
		own = strings.TrimPrefix(rest, "中")
	}
	if r := []rune(own); len(r) >= 2 {
		for _, g := range []string{string(r[:2]), string(r[len(r)-2:])} {
			if !w[g] && q[g] {
				return true
			}
		}
	}
	n := 0
	for g := range allBigrams(part) {
		if !w[g] && q[g] {
			n++
		}
	}
	return n >= 2 || namesOwnSubject(q, part, whole) || namesRunWithOwn(q, part, w)
}

// namesRunWithOwn reports whether q holds three bigrams of part in a row,
// one of them the part's own (not its whole's: "公立医院" of 公立医院门急诊
// under 区属公立医疗机构门急诊): the part named, not a chance bigram.
func namesRunWithOwn(q map[string]bool, part string, whole map[string]bool) bool {
	r := []rune(part)
	run, own := 0, false
	for i := 0; i+1 < len(r); i++ {
		g := string(r[i : i+2])
		if !q[g] {
			run, own = 0, false
			continue
		}
		run++
		own = own || !whole[g]
		if run >= 3 && own {
			return true
		}
	}
	return false
}

// namesOwnSubject reports whether q names the whole of what a part's label
// says before the measure it shares with its whole's ("公立医院" of 公立医院
// 门急诊 beside 区属公立医疗机构门急诊), which the whole's label does not hold.
func namesOwnSubject(q map[string]bool, part, whole string) bool {
	p := []rune(part)
	k := commonTailRunes(p, []rune(whole))
	subject := string(p[:len(p)-k])
	if k == 0 || utf8.RuneCountInString(subject) < 2 || strings.Contains(whole, subject) {
		return false
	}
	own := false
	w := allBigrams(whole)
	for g := range allBigrams(subject) {
		if !q[g] {
			return false
		}
		own = own || !w[g]
	}
	return own // "公立医院" is not named by 公立医疗机构's 公立 and 立医
}

// wholeBefore reports whether another candidate of c's sentence and report,
// of another label, passes is (the caller checks it stands before the 其中).
func wholeBefore(cands []figureCandidate, c figureCandidate, is func(corpus.Figure) bool) bool {
	fig := c.hit.Figure
	for _, o := range cands {
		w := o.hit.Figure
		// The whole's sentence is the part's, or the one its 其中 goes on
		// from, which the part's sentence is quoted with.
		if o.hit.Ref == c.hit.Ref && w.Sentence != "" && strings.Contains(fig.Sentence, w.Sentence) && w.Label != fig.Label && is(w) {
			return true
		}
	}
	return false
}

// partCountsWhatWholeCounts reports whether a count written after 其中
// whose label does not name the noun the question counts ("通过县政府网站公
// 开106条") is a part of a whole in the same sentence whose label ends in
// it ("主动公开政府信息165条"): the part counts the same things.
func partCountsWhatWholeCounts(cands []figureCandidate, c figureCandidate, counted string, q, official map[string]bool) bool {
	fig := c.hit.Figure
	head := understand.Head(counted)
	if head == "" || strings.Contains(fig.Label, head) || countedUnit(fig) == "" {
		return false
	}
	part := strings.Index(fig.Sentence, fig.Raw)
	among := strings.Index(fig.Sentence, "其中")
	if among < 0 || part < among {
		return false
	}
	return wholeBefore(cands, c, func(w corpus.Figure) bool {
		return countedUnit(w) == countedUnit(fig) && strings.Contains(fig.Sentence[:among], w.Raw) &&
			countedHeadMatch(counted, q, official, w.Label) == 1
	})
}
