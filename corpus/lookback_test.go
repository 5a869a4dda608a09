package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A figure's clause and the period named before it are looked for at most
// maxClause bytes back: what keeps a sentence of megabytes without
// punctuation linear (issue 15), and leaves ordinary sentences as before.
func TestLookBackBounded(t *testing.T) {
	runOn := strings.Repeat("家庭医生签约服务持续推进", 200) // 7,200 bytes, no punctuation
	s := runOn + "新建村卫生室12个"
	at := strings.Index(s, "12个")
	if c := clauseBefore(s, at); len(c) > maxClause || !strings.HasSuffix(c, "新建村卫生室") {
		t.Errorf("clause of %d bytes (at most %d), ending %q", len(c), maxClause, c[max(0, len(c)-18):])
	}
	if c := clauseBefore("推进，新建村卫生室12个", len("推进，新建村卫生室")); c != "新建村卫生室" {
		t.Errorf("short clause %q, want 新建村卫生室", c)
	}
	// A period named within reach dates the figure; one further back does not.
	near := "过去五年，新建村卫生室12个"
	if since, end := periodFigure(near, "", 2023, strings.Index(near, "12个")); since != 2019 || end != 2023 {
		t.Errorf("near period: %d-%d, want 2019-2023", since, end)
	}
	far := "过去五年" + runOn + "新建村卫生室12个"
	if since, _ := periodFigure(far, "", 2023, strings.Index(far, "12个")); since != 0 {
		t.Errorf("a period named %d bytes back dates the figure from %d", len(runOn), since)
	}
}

// A figure of a sentence longer than maxFigureSentence keeps the text
// around it, not the whole sentence: each of thousands of figures keeping
// megabytes was quadratic at ingest (issue 15).
func TestFigureSentenceBounded(t *testing.T) {
	short := " 新建村卫生室12个 "
	if got := figureSentence(short, 1, 5); got != "新建村卫生室12个" {
		t.Errorf("short sentence: %q", got)
	}
	runOn := strings.Repeat("家庭医生签约服务持续推进", 500)
	s := runOn + "新建村卫生室12个" + runOn
	start := strings.Index(s, "12个")
	got := figureSentence(s, start, start+len("12个"))
	if len(got) > 2*figureContext+len("12个") || !strings.Contains(got, "新建村卫生室12个") || !utf8.ValidString(got) {
		t.Errorf("figure sentence of %d bytes, holding the figure %v, valid UTF-8 %v",
			len(got), strings.Contains(got, "新建村卫生室12个"), utf8.ValidString(got))
	}
}
