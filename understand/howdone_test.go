package understand

import (
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
)

// "是怎么保证检查质量的" asks how something was done, though it ends in a
// measure's word and its verb phrase is long: a question, of a summary.
func TestLongHowDoneIsAQuestionOfASummary(t *testing.T) {
	q := Parse("六安去年婚检这块，是怎么保证检查质量的？", time.Date(2022, 3, 20, 0, 0, 0, 0, time.UTC))
	if q.Intent != IntentQuestion || q.Filters.Kind != corpus.KindSummary {
		t.Errorf("intent %v kind %q, want a question of a summary", q.Intent, q.Filters.Kind)
	}
	if q := Parse("六安去年婚检率是多少？", time.Date(2022, 3, 20, 0, 0, 0, 0, time.UTC)); q.Intent != IntentFigure {
		t.Errorf("a figure asked read as %v", q.Intent)
	}
}
