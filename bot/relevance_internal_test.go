package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A passage that does not repeat the topic its report's title names is
// still about it: "总结" asked of a meeting, the list in a later passage.
func TestRelevanceReadsTheReportTitle(t *testing.T) {
	res := corpus.SearchResult{Hits: []corpus.Hit{
		{Title: "某区2024年上半年工作总结及下半年工作部署会议", Text: "会议要求，下半年要重点抓好以下几方面工作：一是优化资源布局；二是加强服务质量。"},
		{Title: "某县交通运输局通知", Text: "会议要求，各单位抓好道路养护。"},
	}}
	got := relevantSources("上半年总结会上，下半年重点抓哪几方面？", res)
	if len(got) != 1 || got[0].Title != res.Hits[0].Title {
		t.Errorf("relevant sources %+v", got)
	}
}
