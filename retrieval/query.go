package retrieval

import "github.com/healthbot/healthbot/understand"

// SearchText is what is searched for a question: its topic (Simplified,
// without years, relative-time words and question words) expanded with the
// official terms for the lay words it uses.
func SearchText(question string) string {
	return expandQuery(understand.Topic(question))
}
