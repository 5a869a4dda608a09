package understand

import "testing"

// A county named by its short form anywhere after its city ("绥化…，安达…")
// is the place asked, and no word of the topic; a county of another city
// is not read so.
func TestCountyOfNamedCityByShortForm(t *testing.T) {
	q := "绥化12月4号那会儿，安达现有的无症状感染者有多少？"
	if got := Place(q); got != "安达市" {
		t.Errorf("Place(%q) = %q, want 安达市", q, got)
	}
	if got := Topic(q); got != "现有的无症状感染者" {
		t.Errorf("Topic(%q) = %q", q, got)
	}
	if got := Place("绥化去年富阳那边的医生有多少？"); got != "绥化市" {
		t.Errorf("Place = %q: a county of another city taken", got)
	}
}

// A day of the month and an hour are time ("26号晚上11点起"), not the topic;
// numbers before 号 that name things stay.
func TestDaysAndHoursAreNoTopic(t *testing.T) {
	for q, want := range map[string]string{
		"佳木斯26号晚上11点起高风险区又多了几个？": "高风险区又多",
		"3号楼一共几层？":               "3号楼 几层",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}

// A level after a place's name ("黔西南州级的") is the level asked, kept in
// the topic.
func TestLevelAfterPlaceStays(t *testing.T) {
	if got := Topic("黔西南州级的危重孕产妇和新生儿救治中心建了几个?"); got != "州级的危重孕产妇和新生儿救治中心建" {
		t.Errorf("Topic = %q", got)
	}
}
