package corpus

import (
	"strings"
	"testing"
)

// In a report on a work conference, a paragraph on what a speaker asked for
// ("张主任强调,…", "王局长要求,一要…") or a numbered task ("一要…") is the
// plan of the conference's year; what a speaker 指出 of the year before
// stays its review.
func TestSpeakerDemandsAreThePlan(t *testing.T) {
	text := "2020年全市卫生健康工作会议召开\n6月8日上午,云溪市卫生健康委召开全市卫生健康工作会议,对2019年工作进行总结。\n\n" +
		"张建华主任指出,2019年全市卫生健康系统重点工作卓有成效,健康服务不断优化。\n\n" +
		"张建华主任强调,2020年是全面建成小康社会的收官之年,全系统要以高质量发展为主题。\n\n" +
		"一要着力打好疫情防控阻击战,建立健全常态化防控机制,加强院感管理。二要着力提升医疗服务能力。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	want := map[string]Kind{"张建华主任指出": KindSummary, "张建华主任强调": KindPlan, "一要着力": KindPlan}
	for opener, kind := range want {
		found := false
		for _, c := range r.Chunks {
			if !strings.HasPrefix(c.Text, opener) {
				continue
			}
			found = true
			if c.Kind != kind {
				t.Errorf("%s…: kind %s, want %s", opener, c.Kind, kind)
			}
		}
		if !found {
			t.Errorf("no passage opens with %s", opener)
		}
	}
}
