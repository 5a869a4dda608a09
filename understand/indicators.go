package understand

import "github.com/healthbot/healthbot/indicators"

// Indicators returns the ids of the catalogue indicators a topic refers
// to, best first (the catalogue's matcher applies its own threshold).
func Indicators(topic string) []string {
	var ids []string
	for _, m := range indicators.MatchText(topic) {
		ids = append(ids, m.Indicator.ID)
	}
	return ids
}
