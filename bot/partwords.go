package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// partWords are the words that tell a part from its whole: its label less
// the longest run the two share ("二孩" of 二孩出生 within 上报出生, "医疗位"
// of 医疗床位 within 病床).
func partWords(label, whole string) string {
	l, w := []rune(label), []rune(whole)
	at, n := 0, 0
	for i := range l {
		for j := range w {
			k := 0
			for i+k < len(l) && j+k < len(w) && l[i+k] == w[j+k] {
				k++
			}
			if k > n {
				at, n = i, k
			}
		}
	}
	return string(l[:at]) + string(l[at+n:])
}

// asksPartOf reports whether a question's topic names what tells a part
// from its whole ("二孩生了多少" for 二孩出生, "医院有几家" for 医院 within
// 医疗卫生机构): then the part is asked, else its whole.
func asksPartOf(topic string, fig corpus.Figure) bool {
	if fig.Label == fig.Whole {
		// "共5件,其中1件由申请人主动撤回": the part is told by what the
		// sentence says of it ("有几件是自己撤回的").
		t, own := bigrams(corpus.Normalize(topic)), bigrams(fig.Label)
		for g := range bigrams(predicateAfter(fig)) {
			if t[g] && !own[g] {
				return true
			}
		}
		return false
	}
	w := corpus.Normalize(partWords(fig.Label, fig.Whole))
	if w == "" {
		return true
	}
	t := corpus.Normalize(topic)
	if utf8.RuneCountInString(w) <= 2 {
		return strings.Contains(t, w)
	}
	return shared(bigrams(t), w) > 0
}
