package understand

import (
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
)

// 预计 asks what is expected, which reports give as a plan ("预计全年在培
// 人数将达到1.4万人").
func TestForecastAsksPlan(t *testing.T) {
	f := Filters("山东2017年住培在培的人，预计全年能到多少？", time.Date(2017, 6, 1, 0, 0, 0, 0, time.UTC))
	if f.Kind != corpus.KindPlan {
		t.Errorf("kind %q, want plan", f.Kind)
	}
}
