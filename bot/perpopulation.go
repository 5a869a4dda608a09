package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
)

// perPopulationWords write a figure per so many people ("每千人口病床数
// 8.32张"): a ratio to the population, not the count of what follows.
var perPopulationWords = []string{"每千", "每万", "每十万", "每百", "千人口", "万人口", "十万人口", "每10万", "每1000", "每10000"}

// perPopulation reports whether a text writes a measure per so many
// people.
func perPopulation(s string) bool {
	return containsAny(corpus.Normalize(s), perPopulationWords)
}

// asksPerPopulation reports whether a question asks a ratio to the
// population: its words say so, or an indicator it names, in any wording
// ("一个医生要管多少人" is 每千人口执业医师数), is one.
func asksPerPopulation(topic string, ids []string) bool {
	if perPopulation(topic) {
		return true
	}
	for _, id := range ids {
		if ind, ok := indicators.ByID(id); ok && perPopulation(ind.Name) {
			return true
		}
	}
	return false
}

// otherPerPopulation reports whether a figure is a ratio to the population
// where the question asks none: "医院病床一共有多少张" is not answered by
// 每千人口病床数, however many words their labels share.
func otherPerPopulation(label string, perAsked bool) bool {
	return !perAsked && perPopulation(label) && !strings.Contains(corpus.Normalize(label), "率")
}

// perHeadLabel reports whether a label measures per so many people,
// written out ("每千人口") or short ("千人床位数").
func perHeadLabel(label string) bool {
	l := corpus.Normalize(label)
	return perPopulation(l) || strings.Contains(l, "千人") || strings.Contains(l, "万人")
}
