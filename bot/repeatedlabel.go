package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// minRepeatedLabelRunes is how long a label must be, without its filler
// words, for a question repeating it to be taken as asking its measure: a
// bare "床位" stands in every question about beds.
const minRepeatedLabelRunes = 5

// labelFillers say nothing of what a label measures: "医院、卫生院拥有床位"
// is the 医院、卫生院床位数 a question asks.
var labelFillers = strings.NewReplacer("拥有", "", "共有", "", "现有", "", "的", "", "数", "", "、", "", "和", "", "及", "", " ", "")

// repeatedLabel reports whether the question's topic repeats a figure's
// label, filler words aside ("医院、卫生院的床位数" for 医院、卫生院拥有床位):
// the label's measure is the one asked, whatever the indicator catalogue
// reads into either wording.
func repeatedLabel(topic, label string) bool {
	l := labelFillers.Replace(corpus.Normalize(label))
	if utf8.RuneCountInString(l) < minRepeatedLabelRunes {
		return false
	}
	return strings.Contains(labelFillers.Replace(corpus.Normalize(topic)), l)
}
