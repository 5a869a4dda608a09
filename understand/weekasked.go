package understand

import (
	"regexp"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// weekOfYear is a numbered week of the year, as weekly epidemic bulletins
// date themselves and staff ask: "第6周", "第 12 周", "第六周".
var weekOfYear = regexp.MustCompile(`第\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*周`)

// WeeksNamed are the numbered weeks of the year a text names ("2019年第6周"
// → [6]); none when it names none.
func WeeksNamed(text string) []int {
	var weeks []int
	for _, m := range weekOfYear.FindAllStringSubmatch(corpus.Normalize(text), -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = corpus.ParseChineseNumber(m[1])
		}
		if n >= 1 && n <= 53 {
			weeks = append(weeks, n)
		}
	}
	return weeks
}

// WeekAsked is the one numbered week a question asks a figure of ("北京
// 2019年第7周法定传染病报了多少例" → 7), 0 when it names none or several: a
// week's figure is answered by that week's bulletin, not another week's.
func WeekAsked(question string) int {
	if w := WeeksNamed(question); len(w) == 1 {
		return w[0]
	}
	return 0
}
