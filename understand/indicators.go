package understand

import "github.com/healthbot/healthbot/indicators"

// minIndicatorScore is how sure a match with the catalogue must be for a
// question to be read as asking about that indicator.
const minIndicatorScore = 0

// Indicators returns the catalogue ids a topic refers to, best first.
func Indicators(topic string) []string {
	var ids []string
	for _, m := range indicators.MatchText(topic) {
		if m.Score >= minIndicatorScore {
			ids = append(ids, m.Indicator.ID)
		}
	}
	return ids
}
