package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// peopleCounted is a topic counting people by what they do or are ("在培
// 的人", "打了疫苗的人"), not their visits (的人次) or a share of them.
var peopleCounted = regexp.MustCompile(`的人(?:$|[^次均口群])`)

// asksPeople reports whether a topic counts people (peopleCounted).
func asksPeople(topic string) bool {
	return peopleCounted.MatchString(corpus.Normalize(topic))
}

// isMoney reports whether a unit is an amount of money: "元", "万元",
// "元/人".
func isMoney(unit string) bool {
	u, _, _ := strings.Cut(strings.TrimLeft(unit, "十百千万亿"), "/")
	return u == "元"
}
