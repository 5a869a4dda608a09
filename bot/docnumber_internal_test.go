package bot

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A document's own number is the one its header gives (kept on its
// report at ingest), not the number of a document its text cites ("为落实
// 《…的通知》(津政发〔2019〕33号)").
func TestOwnDocNumberNotACitedOne(t *testing.T) {
	hits := []corpus.Hit{{
		Title:     "天津市宁河区人民政府关于印发健康天津宁河行动实施方案的通知",
		DocNumber: "津宁河政发〔2022〕9号",
		Text:      "为落实《天津市人民政府关于印发健康天津行动实施方案的通知》(津政发〔2019〕33号)精神,结合本区实际,制定本实施方案。",
	}}
	line, _, ok := fieldValue(hits, understand.FieldDocNumber, 1)
	if !ok || !strings.Contains(line, "津宁河政发〔2022〕9号") || strings.Contains(line, "33号") {
		t.Errorf("want the plan's own number: %q", line)
	}
	hits[0].DocNumber = "" // an index built before the number was kept: the text's
	if line, _, ok := fieldValue(hits, understand.FieldDocNumber, 1); !ok || !strings.Contains(line, "33号") {
		t.Errorf("want the cited number quoted when the report's is unknown: %q", line)
	}
}
