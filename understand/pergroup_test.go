package understand

import (
	"strings"
	"testing"
)

// A base of a group of people said in speech ("每一千个老人") is written as
// the reports do (每千名老年人).
func TestSpokenPerGroup(t *testing.T) {
	if got := Topic("济南平均每一千个老人能摊到几张养老床？"); !strings.Contains(got, "每千名老年人") {
		t.Errorf("Topic = %q, want 每千名老年人", got)
	}
}
