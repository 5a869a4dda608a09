package understand

import "testing"

// A county named by its short form at the start of a question is where it
// asks about, also when a year follows it ("寿光2022年…") or a stripped
// time word left a gap ("寿光去年…" with 去年 gone): never a topic word.
func TestCountyShortFormBeforeYear(t *testing.T) {
	for q, want := range map[string]string{
		"寿光去年是怎么提升医疗服务的？":    "提升医疗服务",
		"寿光2022年是怎么提升医疗服务的？": "提升医疗服务",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
		if got := Place(q); got != "寿光市" {
			t.Errorf("Place(%q) = %q, want 寿光市", q, got)
		}
	}
}

// A city and then a county of it ("巴中…巴州区累计确诊") asks about the
// county; two places side by side stay the first.
func TestPlaceNarrowedByCountyWithin(t *testing.T) {
	for q, want := range map[string]string{
		"巴中2月19号的时候巴州区累计确诊了多少例？": "巴州区",
		"巴中和广安去年各有多少家医院？":        "巴中市",
	} {
		if got := Place(q); got != want {
			t.Errorf("Place(%q) = %q, want %q", q, got, want)
		}
	}
}

// A city's short form read across a county's ("郧西安家乡": 郧西's 安家乡)
// is no city named.
func TestNoCityAcrossACountyShortForm(t *testing.T) {
	for q, want := range map[string]string{
		"郧西安家乡评上国家卫生乡镇了吗？": "",
		"去西安看病的人多吗？":       "西安市",
	} {
		if got := Place(q); got != want {
			t.Errorf("Place(%q) = %q, want %q", q, got, want)
		}
	}
}
