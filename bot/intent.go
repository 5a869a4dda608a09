package bot

import (
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// Intent is what a request asks for (read by package question).
type Intent = understand.Intent

// The intents; IntentAuto means "read it from the text".
const (
	IntentAuto     = understand.IntentAuto
	IntentQuestion = understand.IntentQuestion
	IntentFigure   = understand.IntentFigure
	IntentTrend    = understand.IntentTrend
	IntentDraft    = understand.IntentDraft
	IntentHelp     = understand.IntentHelp
)

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
