package bot

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A change's quote leaves out the level written just before it
// ("城镇化率61.61%、提高5.1个百分点"): it states the change, no other value.
func TestChangeQuotedWithoutTheLevelBeforeIt(t *testing.T) {
	f := corpus.Figure{Label: "全疆常住人口城镇化率", Raw: "5.1", Unit: "个百分点", Qualifier: "提高",
		Sentence: "城乡融合发展取得新进步，全疆常住人口城镇化率61.61%、提高5.1个百分点。"}
	for _, q := range []string{figureClause(f), changeClause(f)} {
		if strings.Contains(q, "61.61") || !strings.Contains(q, "提高5.1个百分点") {
			t.Errorf("quote %q", q)
		}
	}
}
