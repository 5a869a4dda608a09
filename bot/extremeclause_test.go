package bot_test

import (
	"strings"
	"testing"
)

// An average beside its maximum in one sentence: asked the average, the
// average's clause is quoted, not the maximum too (made-up news).
func TestAverageAskedQuotesItsClause(t *testing.T) {
	b := botOver(t, map[string]string{
		"青川市胰岛素集采.txt": "青川市胰岛素集采落地\n此次胰岛素专项集中带量采购涵盖6大类42个品规,平均降价超45%,最高降幅达71%,将大幅降低糖尿病患者用药负担。\n",
	})
	a := ask(t, b, nil, "青川市打胰岛素的病人，这回买药平均能便宜多少？")
	if !strings.Contains(a.Text, "45%") || strings.Contains(a.Text, "71%") {
		t.Errorf("want the average's clause alone:\n%s", a.Text)
	}
}
