package bot

import "strings"

// namedPartOfFound reports whether a candidate is a part its sentence
// names after 其中 ("医院出院患者平均住院日为8.25日,其中公立医院为9.07日": 公立医院
// …) whose whole, written before the 其中 in the same sentence, is among
// the candidates, while the question does not name the part's own first
// words (公立): the whole answers first.
func namedPartOfFound(cands []figureCandidate, c figureCandidate, q map[string]bool) bool {
	fig := c.hit.Figure
	label := []rune(fig.Label)
	if len(label) < 3 {
		return false
	}
	lead := string(label[:2])
	at := strings.Index(fig.Sentence, "其中"+lead)
	if at < 0 || q[lead] {
		return false
	}
	for _, o := range cands {
		w := o.hit.Figure
		if o.hit.Ref != c.hit.Ref || w.Sentence != fig.Sentence || w.Label == fig.Label {
			continue
		}
		if i := strings.Index(fig.Sentence, w.Raw+w.Unit); i >= 0 && i < at {
			return true
		}
	}
	return false
}
