package figures

import "testing"

// Years listed once ("到2022年和2030年") date every pair of values the
// sentence lists after them, not only the first.
func TestListedYearsDateEveryPair(t *testing.T) {
	want := map[string]int{"90.86": 2022, "92.17": 2030, "37": 2022, "40": 2030}
	got := map[string]int{}
	for _, f := range Extract("到2022年和2030年,城乡居民达到《国民体质测定标准》合格以上的人数比例分别不少于90.86%和92.17%,经常参加体育锻炼人数比例达到37%及以上和40%及以上。") {
		got[f.Raw] = f.Year
	}
	for raw, year := range want {
		if got[raw] != year {
			t.Errorf("%s dated %d, want %d", raw, got[raw], year)
		}
	}
}

// A year inside a quoted name (an honour: "“2020~2021年度全国无偿献血先进
// 市”") dates no figure of the sentence: the year the sentence opens with
// does.
func TestYearInQuotedNameDatesNothing(t *testing.T) {
	s := "2022年,全市卫生健康工作稳步推进,荣获“2020~2021年度全国无偿献血先进市”,9项工作在全国会议上作典型发言,荣获国家级表彰36项(次)。"
	for _, f := range Extract(s) {
		if f.Year != 2022 {
			t.Errorf("%s %s: year %d, want 2022", f.Label, f.Raw, f.Year)
		}
	}
}
