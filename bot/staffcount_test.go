package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A bare multiplier on a label naming staff or a group of people counts
// people; on other labels it stays a bare multiplier.
func TestCountedUnitOfPeople(t *testing.T) {
	for label, want := range map[string]string{
		"专业人员从事预防接种工作": "万人",
		"高危人群完成重点癌症筛查": "万人",
		"疫苗接种":         "万",
	} {
		if got := countedUnit(corpus.Figure{Label: label, Unit: "万"}); got != want {
			t.Errorf("countedUnit(%q, 万) = %q, want %q", label, got, want)
		}
	}
}
