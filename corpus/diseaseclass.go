package corpus

import (
	"regexp"
	"strings"
)

// A bulletin names a class of notifiable diseases once, at the head of a
// long sentence, and counts it at the end with the bare word 传染病: "乙类
// 传染病中除传染性非典型肺炎、…无发病、死亡报告外,其余…种传染病共报告发病
// 6361例". The count's label ("传染病共报告发病") is the class's.

// classOpening is the class of notifiable diseases a sentence opens with.
var classOpening = regexp.MustCompile(`^\s*(?:同期[,，]?\s*)?((?:甲|乙|丙|甲乙|乙丙|甲乙丙|甲、乙|乙、丙)类)传染病`)

// classesOfBareCounts gives a count labelled 传染病… the class its sentence
// opens with.
func classesOfBareCounts(figs []Figure) {
	for i := range figs {
		f := &figs[i]
		if !strings.HasPrefix(f.Label, "传染病") {
			continue
		}
		if m := classOpening.FindStringSubmatch(Simplify(f.Sentence)); m != nil {
			f.Label = m[1] + f.Label
		}
	}
}
