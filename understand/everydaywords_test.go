package understand

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// everydaySection heads the thesaurus's lines of everyday wordings written
// from general usage.
const everydaySection = "# Everyday wordings of common report terms"

// The everyday wordings are words staff say and reports do not write: a
// phrase real reports use verbatim ("卫健委", "中医院", "统计公报") would be
// rewritten into another term in the question and miss the reports' own
// word. Checked against the development documents when ../shared is there.
func TestEverydayWordingsAreNotReportWords(t *testing.T) {
	t.Parallel()
	files, _ := filepath.Glob("../../shared/devdocs/*.txt")
	if len(files) == 0 {
		t.Skip("no ../shared/devdocs")
	}
	var reports strings.Builder
	for _, f := range files {
		doc, err := corpus.ReadFile(context.Background(), f, filepath.Base(f), corpus.ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		reports.WriteString(corpus.Simplify(doc.Text))
	}
	_, section, ok := strings.Cut(thesaurusText, everydaySection)
	if !ok {
		t.Fatal("no everyday section in thesaurus.txt")
	}
	n := 0
	for lay := range parseThesaurus(section) {
		n++
		if strings.Contains(reports.String(), lay) {
			t.Errorf("%q is a report's own wording, not an everyday one", lay)
		}
	}
	if n < 100 {
		t.Errorf("%d everyday wordings, want the section's hundreds", n)
	}
}

// An everyday wording reads as the report's term: "在家住院" is a family
// sickbed, "打吊瓶" an infusion.
func TestEverydayWordingExpands(t *testing.T) {
	for q, want := range map[string]string{
		"去年在家住院的老人有多少？":     "家庭病床",
		"去年打吊瓶的多不多？":        "静脉输液",
		"经常来献血的老献血者占了多大比例？": "固定献血者",
		"今年到现在吃东西吃出毛病的有多少？": "食源性疾病",
		"去年给多少户换上了新厕所？":     "改厕",
		"这一轮有多少老百姓沾了光？":     "受益",
	} {
		if got := Expand(Topic(q)); !strings.Contains(got, want) {
			t.Errorf("Expand(Topic(%q)) = %q, want %s in it", q, got, want)
		}
	}
}
