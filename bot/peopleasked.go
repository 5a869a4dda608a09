package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// peopleCounted is a topic counting people by what they do or are ("在培
// 的人", "打了疫苗的人"), not their visits (的人次) or a share of them.
var peopleCounted = regexp.MustCompile(`的人(?:$|[^次均口群])`)

// asksPeople reports whether a topic counts people (peopleCounted).
func asksPeople(topic string) bool {
	return peopleCounted.MatchString(corpus.Normalize(topic))
}
