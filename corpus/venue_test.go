package corpus

import "testing"

// A title's venue ("…新闻发布会在南宁举办") is where an event was held, not
// the place the report is about.
func TestVenueIsNoTitlePlace(t *testing.T) {
	if got := titlePlace("“奋进新征程健康广西这十年”新闻发布会在南宁举办"); got != "广西壮族自治区" {
		t.Errorf("titlePlace = %q, want 广西壮族自治区", got)
	}
	if got := titlePlace("南宁市卫生健康工作会议召开"); got != "南宁市" {
		t.Errorf("titlePlace = %q, want 南宁市", got)
	}
}
