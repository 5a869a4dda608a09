package retrieval

import (
	"strings"

	"github.com/healthbot/healthbot/indicators"
	"github.com/healthbot/healthbot/understand"
)

// SearchText is what is searched for a question: its topic (Simplified,
// without years, relative-time words, place and question words) expanded
// with the official terms for the lay words it uses (the thesaurus) and the
// official names of the catalogue indicators it means ("看一次门诊要花多少钱"
// is also searched as 次均门诊费用).
func SearchText(question string) string {
	topic := understand.Topic(question)
	text := understand.Expand(topic)
	for _, id := range understand.Indicators(topic) {
		if ind, ok := indicators.ByID(id); ok && !strings.Contains(text, ind.Name) {
			text += " " + ind.Name
		}
	}
	return text
}
