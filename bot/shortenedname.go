package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
)

// shortenedName reports whether a rate's label is the name of one of the
// indicators asked with its middle left out, and its sentence writes the
// name's opening with that middle before the value: "全县住院分娩活产8044人,
// 住院率达99.61%" gives 住院分娩率 as 住院率. A label that only shares the
// name's ends ("高危住院率") is not one.
func shortenedName(ids []string, fig corpus.Figure) bool {
	label := []rune(corpus.Normalize(fig.Label))
	if len(label) < 3 || label[len(label)-1] != '率' {
		return false
	}
	stem := string(label[:len(label)-1])
	before := corpus.Normalize(fig.Sentence)
	if at := valueAt(before, fig.Raw); at >= 0 {
		before = before[:at]
	}
	for _, id := range ids {
		ind, ok := indicators.ByID(id)
		if !ok {
			continue
		}
		name := corpus.Normalize(ind.Name)
		if !strings.HasPrefix(name, stem) || !strings.HasSuffix(name, "率") || len(name) <= len(stem)+len("率") {
			continue
		}
		middle := strings.TrimSuffix(strings.TrimPrefix(name, stem), "率")
		if strings.Contains(before, stem+middle) {
			return true
		}
	}
	return false
}
