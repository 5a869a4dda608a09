package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/understand"
)

// directionGiven states which way a measure went: "呈波动下降趋势", "有所
// 下降", "逐年上升", "持续减少".
var directionGiven = regexp.MustCompile(`趋势|呈\p{Han}{0,4}(?:上升|下降|增长|减少|回升|回落)|有所(?:上升|下降|增加|减少|回升|回落|增长)|逐年(?:上升|下降|增加|减少|增长|回落)|持续(?:上升|下降|增长|减少|回落)`)

// directionItems is the clause of the best sources stating the trend a
// question asks the direction of ("是往上走还是往下走"), the one sharing most
// of its words (its own, then its sentence's); ok is false when no
// direction is asked or stated.
func directionItems(question string, sources []Source) ([]listItem, bool) {
	if !understand.AsksDirection(question) {
		return nil, false
	}
	m, ok := bestTopicClause(question, sources, directionGiven)
	if !ok {
		return nil, false
	}
	return []listItem{{m.clauses[m.at], m.src}}, true
}
