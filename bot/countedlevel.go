package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// placeLevelRun is a run of the nouns that name places by their level
// ("县区", "州市", "乡镇", "村"), ending what it is matched against.
var placeLevelRun = regexp.MustCompile(`[省市州县区乡镇村]+$`)

// countedLevelRelation says how a figure's label stands to the level of
// the places a question counts ("铺到了多少个县区"): 1 when the label ends
// in places of a level asked ("112个县"), -1 when it ends in places of
// other levels only ("覆盖16个州市"), 0 when the question counts no places
// or the label names none.
func countedLevelRelation(counted, label string) int {
	counted = corpus.Normalize(counted)
	if counted == "" || placeLevelRun.FindString(counted) != counted {
		return 0
	}
	levels := placeLevelRun.FindString(corpus.Normalize(label))
	if levels == "" {
		return 0
	}
	if strings.ContainsAny(levels, counted) {
		return 1
	}
	return -1
}
