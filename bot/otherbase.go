package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// otherBase reports whether change c is measured from another base than
// the answer's change best, which names its base: beside "较去年上升0.5岁",
// "与2013年相比增加了1.38岁" (qualified 相比增加, its year in the sentence)
// is a change over five years, no related figure.
func otherBase(best, c corpus.Figure) bool {
	if !isChange(best) || !isChange(c) {
		return false
	}
	b := changeBase.FindString(corpus.Normalize(best.Qualifier))
	return b != "" && changeBase.FindString(corpus.Normalize(c.Qualifier)) != b
}

// changeBase is the base a change's qualifier names: "去年", "上年同期",
// "2015年".
var changeBase = regexp.MustCompile(`(?:去年|上年|上一年|前一年|上月|上季度)(?:同期)?|(?:19|20)\d\d年(?:底|末)?`)
