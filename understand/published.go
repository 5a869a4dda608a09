package understand

import (
	"regexp"
	"strconv"
	"time"
)

// publishedIn is a year named as when results came out, not what they are
// of: "今年公布的医院国考", "2025年发布的排名", "去年出炉的考核结果".
var publishedIn = regexp.MustCompile(`(大前年|前年|去年|今年|((?:19|20)\d\d)\s*年)(?:刚|新|最新|才|已)?(?:公布|发布|出炉|通报|公示|揭晓|出来)的`)

// resultLag is how many years before its publication an assessment's or a
// ranking's results may be of: the 2023年度 national ranking comes out in
// 2025.
const resultLag = 2

// publishedYears are the years a question's results may be of when it
// dates them by their publication ("今年公布的…" in 2025: 2023 to 2025).
func publishedYears(q string, now time.Time) []int {
	var out []int
	for _, m := range publishedIn.FindAllStringSubmatch(q, -1) {
		y := 0
		if m[2] != "" {
			y, _ = strconv.Atoi(m[2])
		} else {
			for _, r := range relativeYears {
				if r.word == m[1] {
					y = now.Year() + r.delta
				}
			}
		}
		for d := 1; y > 0 && d <= resultLag; d++ {
			out = append(out, y-d)
		}
	}
	return out
}
