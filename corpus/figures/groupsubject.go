package figures

import (
	"regexp"
	"strings"
)

// populationGroups are the groups a rate is broken down by: sex, town and
// country, region. A figure labelled by one of them alone counts what the
// sentence's first such figure counts.
var populationGroups = []string{"男性", "女性", "男", "女", "城镇", "城市", "城区", "农村", "乡村", "东部", "中部", "西部", "东部地区", "中部地区", "西部地区", "户籍", "流动人口"}

// ofGroupSubject gives a figure labelled by a population group alone the
// subject of the sentence's first figure broken down by a group: in
// "围产儿出生缺陷男性(86.73/万)高于女性(69.85/万),城镇(123.88/万)高于
// 农村(40.83/万)" the 40.83 is 围产儿出生缺陷 of 农村, not a bare 农村.
func ofGroupSubject(figs []Figure) {
	subject := ""
	for i := range figs {
		label := figs[i].Label
		if g := endingGroup(label); subject == "" && g != "" && len(label) > len(g) {
			if s := strings.TrimSuffix(strings.TrimSuffix(label, g), "的"); len([]rune(s)) >= 2 {
				subject = s
			}
			continue
		}
		if subject != "" && isGroup(label) {
			figs[i].Label = subject + label
		}
	}
}

// endingGroup is the population group of two characters or more a label
// ends with ("…男性"; not the 女 of 妇女); "" when none.
func endingGroup(label string) string {
	best := ""
	for _, g := range populationGroups {
		if len([]rune(g)) >= 2 && strings.HasSuffix(label, g) && len(g) > len(best) {
			best = g
		}
	}
	return best
}

// isGroup reports whether a label is a population group alone.
func isGroup(label string) bool {
	for _, g := range populationGroups {
		if label == g || label == g+"居民" {
			return true
		}
	}
	return false
}

// ageGroupOpening is the age group a label opens with: "60岁以上老年人",
// "80岁及以上人群".
var ageGroupOpening = regexp.MustCompile(`^\d+岁(?:及)?以[上下](?:老年人|老人|人群|居民|儿童|人口)?`)

// shareOfGroupPopulation is a share of a group's own population
// ("全程接种人数占老年人口"): of the age group the sentence named before.
var shareOfGroupPopulation = regexp.MustCompile(`占(?:老年人口|老年人总数|该人群|目标人群|同龄人口)`)

// ofAgeGroup gives a share of a population whose label names no age the
// age group an earlier figure of the sentence opens with: in "60岁以上老年人
// 接种覆盖人数为…,覆盖人数和全程接种人数分别占老年人口的91.0%和86.6%" the
// shares are of those over 60, not of all the elderly.
func ofAgeGroup(figs []Figure) {
	group := ""
	for i := range figs {
		if g := ageGroupOpening.FindString(figs[i].Label); g != "" {
			group = g
			continue
		}
		if group != "" && !strings.Contains(figs[i].Label, "岁") && shareOfGroupPopulation.MatchString(figs[i].Label) {
			figs[i].Label = group + figs[i].Label
		}
	}
}
