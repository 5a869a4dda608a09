package bot

import (
	"strings"
	"testing"
)

// Asked which places rank first ("排在前头的是哪几个县"), the ranking that
// names places of that kind answers, not one of diseases beside it.
func TestRankedOfTheKindAsked(t *testing.T) {
	sources := []Source{{N: 1, Text: "丙类传染病报告451例,报告发病数居前五位的病种为手足口病、其它感染性腹泻病、流行性感冒。乙类传染病发病率为17.67/10万,发病率居前5位的县市:永平县、宾川县、剑川县、巍山县、云龙县。"}}
	items, ok := rankedItems("云溪州1月乙类传染病发病率排在前头的是哪几个县？", sources)
	if !ok || !strings.Contains(items[0].text, "永平县") {
		t.Fatalf("ranked: %v %v", items, ok)
	}
}
