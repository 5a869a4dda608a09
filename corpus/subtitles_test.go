package corpus

import (
	"strings"
	"testing"
)

// A news feature with no outline numbers is parted by its subtitles, short
// lines of their own between long paragraphs; a short line above a single
// paragraph (an issuer) or a dated line parts nothing.
func TestNewsSubtitlesPartAFeature(t *testing.T) {
	para := strings.Repeat("广宁县不断完善城市社区健身设施，方便市民就近开展养生健身活动。", 3)
	text := "广宁风尚\n2024年07月05日 10:12\n南方日报记者施亮\n" +
		"全力开展全民健身运动\n" + para + "\n" +
		"打造粤菜师傅人才振兴中心\n" + para + "\n" +
		"完善社区10分钟健身圈\n" + para + "\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	var heads []string
	for _, s := range r.Sections {
		if s.Level > 0 {
			heads = append(heads, s.Heading)
		}
	}
	if strings.Join(heads, "|") != "全力开展全民健身运动|打造粤菜师傅人才振兴中心|完善社区10分钟健身圈" {
		t.Errorf("sections %q", heads)
	}
	one := "某某县卫生健康局\n" + para + "\n"
	for _, s := range Parse("t.txt", one, Meta{}, Options{}).Reports[0].Sections {
		if s.Level > 0 {
			t.Errorf("a single short line made a section: %q", s.Heading)
		}
	}
}
