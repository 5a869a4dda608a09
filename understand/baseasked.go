package understand

import (
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// AskedBaseYear is the year a question measures a change from ("2023年跟
// 2020年比", "比2015年增长了多少"): the figure compared with that year
// ("比2020年增长23.4%") answers, not the change over the year before. 0
// when the question names no such year.
func AskedBaseYear(question string) int {
	for _, m := range baseYear.FindAllString(corpus.Normalize(question), -1) {
		if y := bareYear.FindString(m); y != "" {
			n, _ := strconv.Atoi(y)
			return n
		}
	}
	return 0
}
