package bot_test

import (
	"strings"
	"testing"
)

// A disease's change asked is answered by the change of its cases, not by
// the count of cases beside it.
func TestDiseaseChangeAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市传染病疫情周报.txt": "云溪市上周报告手足口病748例 麻疹水痘病例增加\n麻疹上周共报告104例,较前一周上升40.54%;水痘报告517例,比前一周上升33.25%。\n",
	})
	a := ask(t, b, nil, "云溪上周麻疹比前一周涨了多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "40.54%") {
		t.Errorf("want the change of measles cases, 40.54%%:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "云溪上周麻疹报告了多少例？"); !strings.Contains(firstLine(a.Text), "104例") {
		t.Errorf("want the count, 104例:\n%s", a.Text)
	}
}
