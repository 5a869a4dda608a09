package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// levelWord is a level of government a question or a label names: "州级",
// "县级", "省级", or the level that organised a thing: "国家组织集采药品",
// "省集采". Its first group is the level itself.
var levelWord = regexp.MustCompile(`(国家|[省市州县区乡镇村])级|(国家|省|市)(?:组织|集采)`)

// levelOf is the level of government the first level word of s names
// ("国家" of 国家组织, "县" of 县级), "" for none.
func levelOf(s string) string {
	m := levelWord.FindStringSubmatch(s)
	if m == nil {
		return ""
	}
	return m[1] + m[2]
}

// levelRelation says how a figure's label stands to the level of
// government a topic names: 1 when the label names that level, -1 when it
// names another only ("县级…救治中心8个" for "州级的…救治中心建了几个",
// "省组织集采药品154种" for "国家集采药品落实了多少种"), 0 when the topic
// names none or the label no level.
func levelRelation(topic, label string) int {
	asked := levelOf(corpus.Normalize(topic))
	if asked == "" {
		return 0
	}
	label = corpus.Normalize(label)
	for _, m := range levelWord.FindAllStringSubmatch(label, -1) {
		if m[1]+m[2] == asked {
			return 1
		}
	}
	if levelWord.MatchString(label) {
		return -1
	}
	return 0
}
