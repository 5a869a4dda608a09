package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// directionAsked asks which way something went, not by how much: "是往上走
// 还是往下走", "涨了还是降了", "是什么趋势".
var directionAsked = regexp.MustCompile(`往上走还是往下走|往下走还是往上走|是升是降|是涨是降|上升还是下降|下降还是上升|增加还是减少|减少还是增加|增长还是下降|涨了还是降了|降了还是涨了|多了还是少了|少了还是多了|变多还是变少|变少还是变多|什么趋势|啥趋势|趋势(?:怎么样|如何|咋样|怎样)|走势(?:怎么样|如何|咋样|怎样)`)

// AsksDirection reports whether a question asks which way a measure went
// ("这几年法定传染病发病是往上走还是往下走"): the sentence stating its trend
// answers, not its figures year by year.
func AsksDirection(question string) bool {
	return directionAsked.MatchString(corpus.Normalize(question))
}
