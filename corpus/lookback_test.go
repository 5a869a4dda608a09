package corpus

import (
	"strings"
	"testing"
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
