package bot_test

import (
	"strings"
	"testing"
)

// Asked of an age group ("60岁以上的老人"), a count of every age is no
// answer: no age or group of one is named by it (made-up news).
func TestAgeAskedIsNotEveryAge(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市接种.txt": "某市圆满完成上半年流感疫苗接种任务\n截至6月30日,某市累计已接种流感疫苗12.5万剂次,按期完成任务。\n",
	})
	if first := firstLine(ask(t, b, nil, "某市60岁以上的老人打了多少剂流感疫苗？").Text); strings.Contains(first, "12.5万剂次") {
		t.Errorf("every age's doses stated for the old: %s", first)
	}
	if first := firstLine(ask(t, b, nil, "某市一共打了多少剂流感疫苗？").Text); !strings.Contains(first, "12.5万剂次") {
		t.Errorf("want every age's doses: %s", first)
	}
}

// A figure named by a bare verb in a page of Traditional characters is
// read with its title in Simplified, as the question is (made-up news).
func TestBareVerbOfTraditionalPage(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市接種.txt": "某市圓滿完成上半年流感疫苗接種任務\n截至6月30日,我市累計已接種12.5萬劑次,按期完成任務。\n",
	})
	if first := firstLine(ask(t, b, nil, "某市一共打了多少剂流感疫苗？").Text); !strings.Contains(first, "12.5万剂次") {
		t.Errorf("want 12.5万剂次: %s", first)
	}
}
