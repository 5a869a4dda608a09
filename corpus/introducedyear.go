package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A news report often introduces a paragraph with one that ends in a
// colon or a dash and names the year of what follows: "泸州2019年民生“成绩
// 单”——" above the list of what was done, "在…政府工作报告中,2020年持续保
// 障和改善民生,…:" above the year's tasks. The paragraph introduced is
// that year's, though none of its sentences names it.

// introducedYear is the one year the last sentence of para names when para
// ends by introducing the next paragraph (with "：", ":" or "——"); 0
// otherwise.
func introducedYear(para string) int {
	p := strings.TrimSpace(Simplify(para))
	if !strings.HasSuffix(p, "：") && !strings.HasSuffix(p, ":") && !strings.HasSuffix(p, "——") {
		return 0
	}
	if i := strings.LastIndexAny(p, "。！？"); i >= 0 {
		p = p[i:]
	}
	year := 0
	for _, m := range introducedYearPattern.FindAllStringSubmatch(p, -1) {
		y, _ := strconv.Atoi(m[1])
		if year != 0 && y != year {
			return 0 // "2019年…2020年…:": which one follows is not said
		}
		year = y
	}
	return year
}

// introducedYearPattern is a year named in an introducing sentence, not a
// date's ("2020年1月14日") or a span's first ("2019—2020年").
var introducedYearPattern = regexp.MustCompile(`((?:19|20)\d{2})年(?:[^0-9月度]|度|$)`)
