package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// Health campaigns held once a year are counted by ordinal ("第37个世界无烟
// 日", "第36个爱国卫生月"): the ordinal and the year the campaign was first
// held give the year the text reports on, where the text writes no year of
// its own.

// annualEvents maps a yearly health campaign to the year it was first held.
var annualEvents = map[string]int{
	"爱国卫生月":     1989,
	"世界无烟日":     1988,
	"世界艾滋病日":    1988,
	"中国医师节":     2018,
	"世界家庭医生日":   2011,
	"全国高血压日":    1998,
	"全国爱眼日":     1996,
	"全国爱耳日":     2000,
	"世界防治结核病日":  1996,
	"全国预防接种日":   1987,
	"世界精神卫生日":   1992,
	"联合国糖尿病日":   2007,
	"全国肿瘤防治宣传周": 1995,
	"全国碘缺乏病防治日": 1994,
	"全国疟疾日":     2008,
	"世界肝炎日":     2011,
	"全民营养周":     2015,
	"中国学生营养日":   1990,
}

// eventOrdinal matches the ordinal before a campaign's name ("第37个",
// "第三十六个“"): the name must follow right after.
var eventOrdinal = regexp.MustCompile(`第([0-9]{1,3}|[一二三四五六七八九十]{1,4})(?:个|届)?[“"]?$`)

// anniversary is a round anniversary a text celebrates: "新中国成立70周年".
var anniversary = regexp.MustCompile(`(新中国成立|中华人民共和国成立|建国|建党|中国共产党成立|改革开放)([0-9]{1,3}|[一二三四五六七八九十百]{1,4})周年`)

// foundingYears are the years the anniversaries count from.
var foundingYears = map[string]int{
	"新中国成立": 1949, "中华人民共和国成立": 1949, "建国": 1949, "建党": 1921, "中国共产党成立": 1921, "改革开放": 1978,
}

// eventYear is the year of the yearly campaign the text first counts by
// ordinal, else of the first anniversary it celebrates ("新中国成立70周年"
// → 2019); 0 when it names neither.
func eventYear(text string) int {
	if y := campaignYear(text); y > 0 {
		return y
	}
	if m := anniversary.FindStringSubmatch(text); m != nil {
		n, err := strconv.Atoi(m[2])
		if err != nil {
			n = ParseChineseNumber(m[2])
		}
		if n > 0 {
			return foundingYears[m[1]] + n
		}
	}
	return 0
}

// campaignYear is the year of the yearly campaign the text first counts by
// ordinal, 0 when it counts none.
func campaignYear(text string) int {
	best, year := -1, 0
	for name, first := range annualEvents {
		for from := 0; ; {
			i := strings.Index(text[from:], name)
			if i < 0 {
				break
			}
			i += from
			from = i + len(name)
			if best >= 0 && i > best {
				break
			}
			m := eventOrdinal.FindStringSubmatch(text[max(0, i-24):i])
			if m == nil {
				continue
			}
			n, err := strconv.Atoi(m[1])
			if err != nil {
				n = ParseChineseNumber(m[1])
			}
			if n > 0 {
				best, year = i, first+n-1
				break
			}
		}
	}
	return year
}
