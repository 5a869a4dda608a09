package bot_test

import (
	"strings"
	"testing"
)

// A rate labelled by the indicator's name with its middle left out, the
// middle written just before ("住院分娩活产8044人,住院率达99.61%"), answers
// the indicator; a rate sharing only the name's ends (高危住院率) does not.
func TestShortenedIndicatorName(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪县2014年卫生工作总结.txt": "云溪县2014年卫生工作总结\n妇幼保健工作扎实开展。全年全县住院分娩活产8044人,住院率达99.61%。高危住院率达100%。\n",
	})
	a := ask(t, b, nil, "云溪县2014年产妇在医院生娃的比例有多高？")
	if first := firstLine(a.Text); !strings.Contains(first, "99.61%") || strings.Contains(a.Text, "100%") {
		t.Errorf("want 99.61%% and not the high-risk 100%%:\n%s", a.Text)
	}
}
