package bot

import "strings"

// A how answer, or one listing the items of something, goes on after the
// sentence that names the work best: the sentences after it in its passage
// say how ("成立15个专项行动工作组。建立考核制度…"), though they share no
// word with the question.

// itemWords ask for the items of something: "有哪些", "哪几项", "有啥".
var itemWords = []string{"哪些", "哪几", "有何", "措施", "举措", "都有啥", "有啥"}

// followingSentences is how many sentences after the best one a how
// answer quotes from its passage.
const followingSentences = 3

// withFollowing puts after the first picked sentence the sentences that
// follow it in its source, unless already quoted.
func withFollowing(picked []scored, sources []Source, overlaps func(string) bool) []scored {
	best := picked[0]
	for _, s := range sources {
		if s.N != best.src {
			continue
		}
		sents := bodySentences(s.Text)
		for i, sent := range sents {
			if !strings.HasSuffix(best.text, sent) {
				continue
			}
			var next []scored
			for _, f := range sents[i+1 : min(len(sents), i+1+followingSentences)] {
				if !overlaps(f) {
					next = append(next, scored{text: f, src: best.src})
				}
			}
			return append(append([]scored{best}, next...), picked[1:]...)
		}
	}
	return picked
}
