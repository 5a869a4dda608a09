package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// capacityAsked asks the most that can be done ("一天最多能打多少针",
// "最多能检多少管"): a capacity (日接种能力, 最大核酸检测能力), not what was
// done on some day.
var capacityAsked = regexp.MustCompile(`最多能|最多可以|最多可|最大能|能力`)

// capacityRelation is 1 when the topic asks a capacity and the label names
// one, else 0.
func capacityRelation(topic, label string) int {
	if !capacityAsked.MatchString(corpus.Normalize(topic)) {
		return 0
	}
	if strings.Contains(label, "能力") || strings.Contains(label, "最大") {
		return 1
	}
	return 0
}
