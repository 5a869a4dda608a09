package understand

import (
	"slices"
	"strings"
	"testing"
)

func TestRateAskedPerBaseOfAGroup(t *testing.T) {
	for q, want := range map[string]string{
		"2018年全国每10万个产妇里死了多少？": "maternal_mortality",
		"每千个新生儿里死几个？":          "neonatal_mortality",
		"每万人口中全科医生数多少？":        "gps_per_10000", // a base of people stays a count per head
	} {
		if got := QuestionIndicators(q); !slices.Contains(got, want) {
			t.Errorf("QuestionIndicators(%q) = %v, want %s among them", q, got, want)
		}
	}
	// A name holding 中 (中医) ends no group: the count per head stays.
	if got := Topic("内蒙古去年底平均每千人能摊到几张蒙医中医床位？"); !strings.Contains(got, "每千人口") {
		t.Errorf("Topic = %q, want 每千人口 kept", got)
	}
}
