package bot

import (
	"regexp"
	"strings"
)

// partsFollow opens the parts a whole is broken into, right after its
// value: "197条,其中:疫情防控99条…", "244条，其中发布1条…".
var partsFollow = regexp.MustCompile(`^\s*[，,：:；;]?\s*其中`)

// wholesOverParts ranks a whole whose parts its sentence lists after it
// ("共公开发布197条,其中:疫情防控99条,…政务公开86条") above each of those
// parts: a question asking a total is answered by the whole, though a
// part's label shares more of its words; but not above a part the question
// names by its own words (q: "公立医院一共开了多少张病床" for "开放病床1890张，
// 其中公立医院730张").
func wholesOverParts(cands []figureCandidate, q map[string]bool) {
	for i := range cands {
		w := cands[i].hit.Figure
		value := writtenValue(w)
		at := valueAt(w.Sentence, value)
		if at < 0 {
			continue
		}
		rest := w.Sentence[at+len(value):]
		if !partsFollow.MatchString(rest) {
			continue
		}
		for j := range cands {
			// A part stands after the whole in its sentence (each figure's
			// sentence may be cut around it: its place in the report tells).
			p := cands[j].hit.Figure
			if j == i || p.Report != w.Report || p.Span.Start < w.Span.End || p.Span.Start-w.Span.End > len(rest) ||
				!sameCounter(p.Unit, w.Unit) || !strings.Contains(rest, writtenValue(p)) || namesOwnWords(q, p.Label, w.Label) {
				continue
			}
			cands[i].score = max(cands[i].score, cands[j].score+wholeOverPart)
		}
	}
}

// wholeOverPart is how far a whole ranks above its best part.
const wholeOverPart = 0.01
