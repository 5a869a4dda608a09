package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// predicateWeight is what each bigram of the question counts that the words
// right after a figure's value hold: "资金3728万元全部执行到位" answers
// "一共执行到位多少" better than "预拨资金3608万元…分配到各项目实施机构".
const predicateWeight = 0.05

// predicateAfter is what a figure's sentence says of its value, the words
// after it up to the end of its clause: "全部执行到位" of "3728万元全部执行
// 到位。".
func predicateAfter(fig corpus.Figure) string {
	value := writtenValue(fig)
	at := valueAt(fig.Sentence, value)
	if at < 0 {
		return ""
	}
	rest := fig.Sentence[at+len(value):]
	if k := strings.IndexAny(rest, "，,；;。(（"); k >= 0 {
		rest = rest[:k]
	}
	return rest
}
