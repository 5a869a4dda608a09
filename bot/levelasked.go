package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// levelWord is a level of government a question or a label names: "州级",
// "县级", "省级".
var levelWord = regexp.MustCompile(`[省市州县区乡镇村]级`)

// levelRelation says how a figure's label stands to the level of
// government a topic names: 1 when the label names that level, -1 when it
// names another only ("县级…救治中心8个" for "州级的…救治中心建了几个"), 0
// when the topic names none or the label no level.
func levelRelation(topic, label string) int {
	asked := levelWord.FindString(corpus.Normalize(topic))
	if asked == "" {
		return 0
	}
	label = corpus.Normalize(label)
	switch {
	case strings.Contains(label, asked):
		return 1
	case levelWord.MatchString(label):
		return -1
	}
	return 0
}
