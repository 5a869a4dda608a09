package bot

import (
	"regexp"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// ordinalMark is an ordinal of doses or rounds: "第3针", "第二剂", "第1期".
var ordinalMark = regexp.MustCompile(`第([0-9]+|[一二三四五六七八九十]{1,3})(针|剂|次|期|批|轮)`)

// ordinalsOf are the ordinals a text names, their numerals as digits
// ("第二剂" is 第2剂).
func ordinalsOf(text string) map[string]bool {
	out := map[string]bool{}
	for _, m := range ordinalMark.FindAllStringSubmatch(text, -1) {
		n := m[1]
		if v := corpus.ParseChineseNumber(n); v > 0 {
			n = strconv.Itoa(v)
		}
		counter := m[2]
		if counter == "剂" {
			counter = "针" // a dose either way
		}
		out[n+counter] = true
	}
	return out
}

// ordinalRelation tells whether a figure is of the ordinal a question asks
// ("第3针的完成率"; asked is ordinalsOf the question): its label or, for a
// label naming none, its clause names it (1), names another only (-1), or
// the question asks none or the figure names none (0).
func ordinalRelation(asked map[string]bool, fig corpus.Figure) int {
	if len(asked) == 0 {
		return 0
	}
	named := ordinalsOf(fig.Label)
	if len(named) == 0 {
		named = ordinalsOf(corpus.Simplify(figureClause(fig)))
	}
	if len(named) == 0 {
		return 0
	}
	for o := range asked {
		if named[o] {
			return 1
		}
	}
	return -1
}
