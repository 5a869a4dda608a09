package bot

import (
	"strings"
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
	got := relevantSources("上半年总结会上，下半年重点抓哪几方面？", corpus.Filters{}, res)
	if len(got) != 1 || got[0].Title != res.Hits[0].Title {
		t.Errorf("relevant sources %+v", got)
	}
}

// A how question of a place and year it names is answered by that place's
// and year's passage in the field's everyday words ("提升医疗服务" by
// "实施医疗机构6S管理,实施服务能力攀登计划"); another place's passage in the
// same words, or the same passage for a question of no place, is not.
func TestScopedHowQuestionInEverydayWords(t *testing.T) {
	hit := corpus.Hit{Title: "某市卫健局:推动事业再上新台阶", Year: 2022, Place: "寿光市", Text: "实施医疗机构6S管理,实施服务能力“攀登计划”,群众看病就医满意度位列全省第2位。"}
	other := hit
	other.Place = "潍坊市"
	res := corpus.SearchResult{Hits: []corpus.Hit{hit, other}}
	got := relevantSources("寿光去年是怎么提升医疗服务的？", corpus.Filters{Place: "寿光市", Years: []int{2022}}, res)
	if len(got) != 1 || got[0].Text != hit.Text {
		t.Errorf("scoped: relevant sources %+v, want the 寿光市 passage only", got)
	}
	if got := relevantSources("是怎么提升医疗服务的？", corpus.Filters{}, res); len(got) != 0 {
		t.Errorf("unscoped: relevant sources %+v, want none", got)
	}
}

// Sources found by the field's everyday words alone are quoted at the
// sentences holding those words, not at their openings.
func TestEverydayWordsPickTheSentence(t *testing.T) {
	src := Source{N: 1, Title: "某市卫健局:推动事业再上新台阶", Text: "2月8日,某市卫生健康高质量发展工作会议召开。实施医疗机构6S管理,实施服务能力“攀登计划”,群众满意度位列全省第2位。"}
	a := extractive("寿光去年是怎么提升医疗服务的？", "提升医疗服务", []Source{src})
	if first := strings.SplitN(a.Text, "\n", 3)[1]; !strings.Contains(first, "6S管理") {
		t.Errorf("want the 6S sentence first:\n%s", a.Text)
	}
}
