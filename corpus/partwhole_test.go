package corpus

import (
	"slices"
	"testing"
)

// Parts written under one label for different wholes ("其中确诊病例" of the
// local cases and of the imported ones) are named by their wholes; a part
// whose label no other whole shares keeps its own.
func TestPartsNamedByTheirWholes(t *testing.T) {
	text := "某市年鉴\n2020年，全市累计报告本土病例320例,其中确诊病例264例、无症状感染者56例;境外输入病例23例,其中确诊病例6例、无症状感染者17例。全市医疗机构1286个，其中医院45家。\n"
	r := Parse("y.txt", text, Meta{}, Options{}).Reports[0]
	var labels []string
	for _, f := range r.Figures {
		labels = append(labels, f.Label+"="+f.Raw)
	}
	for _, want := range []string{"本土病例中确诊病例=264", "本土病例中无症状感染者=56", "境外输入病例中确诊病例=6", "境外输入病例中无症状感染者=17", "医院=45"} {
		if !slices.ContainsFunc(labels, func(l string) bool { return len(l) >= len(want) && l[len(l)-len(want):] == want }) {
			t.Errorf("no figure %s in %q", want, labels)
		}
	}
}
