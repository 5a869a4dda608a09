package bot

import (
	"slices"
	"testing"
)

// A line of marks only ("(" where a page was cut off, "……") is no
// sentence to quote.
func TestSplitSentencesSkipsMarksOnly(t *testing.T) {
	got := splitSentences("一是调整了领导小组。二是完善制度建设。\n(\n……\n")
	want := []string{"一是调整了领导小组。", "二是完善制度建设。"}
	if !slices.Equal(got, want) {
		t.Errorf("splitSentences = %q, want %q", got, want)
	}
}
