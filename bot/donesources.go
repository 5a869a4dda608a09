package bot

import (
	"slices"

	"github.com/healthbot/healthbot/corpus"
)

// doneSources are, for a question asking how something was done (kind
// summary: "去年婚检是怎么保证检查质量的"), the sources that do not set
// out a plan, when there are any: a plan's heading ("二是实施婚前医学检查门诊
// 规范化建设") names the work, not how it was done. Other questions keep
// every source.
func doneSources(sources []Source, kind corpus.Kind) []Source {
	if kind != corpus.KindSummary {
		return sources
	}
	done := slices.DeleteFunc(slices.Clone(sources), func(s Source) bool { return s.Kind == corpus.KindPlan })
	if len(done) == 0 {
		return sources
	}
	return done
}
