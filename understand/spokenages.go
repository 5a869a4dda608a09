package understand

import (
	"regexp"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// spokenAge is an age as staff say it: in Chinese numerals from ten up
// ("八十岁", "六十五周岁"), or with its bound said in speech ("60岁往上",
// "14岁朝下"). Group 1 is the number, 2 the year word, 3 the bound, 4 what
// follows.
var spokenAge = regexp.MustCompile(`([一二两三四五六七八九十百]*十[一二三四五六七八九]?|[0-9]+)(周?岁)(往上|朝上|往下|朝下)?(前|内|以内)?`)

// WriteAges writes the ages of a question as reports write them, so that
// every reader of the question (its topic, the age groups it names, the
// search) sees the reports' form: "八十岁往上的老人" → "80岁以上的老人",
// "六十五周岁以下" → "65周岁以下". Ages already written so stay, and so
// do ages under ten and ages before which something happens ("一岁以内",
// "七十岁前"): the indicator catalogue's lay words say them so.
func WriteAges(question string) string {
	return spokenAge.ReplaceAllStringFunc(question, func(m string) string {
		g := spokenAge.FindStringSubmatch(m)
		if g[4] != "" && g[3] == "" {
			// "七十岁前死于慢病", "一周岁内": the catalogue's own lay
			// words for an age before which something happens.
			return m
		}
		n := g[1]
		if _, err := strconv.Atoi(n); err != nil {
			v := corpus.ParseChineseNumber(n)
			if v <= 0 {
				return m
			}
			n = strconv.Itoa(v)
		}
		switch g[3] {
		case "往上", "朝上":
			return n + g[2] + "以上"
		case "往下", "朝下":
			return n + g[2] + "以下"
		}
		return n + g[2] + g[4]
	})
}
