package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// populationGroups are the groups of people reports give a measure for
// apart ("城市居民健康素养水平为38.10%,农村居民…为27.26%").
var populationGroups = []string{"城市", "农村", "城镇", "乡村", "男性", "女性"}

// askedGroup is the population group a question names, in its own or the
// reports' words ("城里人" is 城市居民), or "".
func askedGroup(officialTopic string) string {
	for _, g := range populationGroups {
		if strings.Contains(officialTopic, g) {
			return g
		}
	}
	return ""
}

// ofGroupAsked keeps, when some figures' labels name the group asked,
// those only: "城里人懂健康知识的比例" is the 城市居民 level, and all
// residents' beside it is another figure.
func ofGroupAsked(cands []figureCandidate, group string) []figureCandidate {
	if group == "" {
		return cands
	}
	if named := keepCandidates(cands, func(h corpus.FigureHit) bool {
		return strings.Contains(corpus.Normalize(h.Figure.Label), group)
	}); len(named) > 0 {
		return named
	}
	return cands
}
