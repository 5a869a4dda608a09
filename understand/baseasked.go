package understand

import (
	"regexp"
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

// ComparedArea is the whole area a question compares its place with ("福建
// 比全国高出多少" → "全国"), "" when it compares with none.
func ComparedArea(question string) string {
	if m := areaCompared.FindStringSubmatch(corpus.Normalize(question)); m != nil {
		return m[1]
	}
	return ""
}

// areaCompared compares with a whole area: "比全国", "高于全省".
var areaCompared = regexp.MustCompile(`(?:比|较|高于|低于|超过|超出|跟|和|与)(全国|全省|全市|全区|全县|全州)`)

// ComparesWithMonthBefore reports whether a text compares with the month
// before: a question ("比4月份涨了多少", "环比") or a change's qualifier
// ("较上月同期上升").
func ComparesWithMonthBefore(text string) bool {
	return monthBeforeCompared.MatchString(corpus.Normalize(text))
}

// monthBeforeCompared compares with the month before: "比上月", "较上个月",
// "环比", "按月上升" (Hong Kong and Macau), "比4月份".
var monthBeforeCompared = regexp.MustCompile(`(?:比|较|跟|和|与)(?:上一?个?月|\d{1,2}月份?)|环比|按月(?:增|减|上升|下降|提高|降低|升|降)`)

// yearBeforeCompared compares with the year before: "比上一年", "较上年度",
// "同比", "按年增加" (Hong Kong and Macau), "去年收入合计比前年" (前年 is
// the year before 去年).
var yearBeforeCompared = regexp.MustCompile(`(?:比|较|跟|和|与)(?:上一年|上年度?|去年|前一年)|同比|按年(?:增|减|上升|下降|提高|降低|升|降)|去年\p{Han}{0,12}(?:比|较|跟|和|与)前年`)

// ComparesWithYearBefore reports whether a text compares with the year
// before: a question ("比上一年涨了多少") or a change's qualifier ("比上年度
// 提高"), so that the one is answered by the other.
func ComparesWithYearBefore(text string) bool {
	return yearBeforeCompared.MatchString(corpus.Normalize(text))
}
