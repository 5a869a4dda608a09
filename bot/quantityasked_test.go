package bot

import "testing"

// A count of people (例, 人) asked is quoted by a number of people, or of
// tens of thousands of those named ("36万适龄女生"), not by a count in
// another counter ("发放手足口病宣传彩页11万份").
func TestPeopleAskedNotQuotedByAnotherCounter(t *testing.T) {
	if quotesQuantityAsked("全年累计发放手足口病宣传彩页11万份", "例") {
		t.Error("11万份 taken for a count of cases")
	}
	if !quotesQuantityAsked("为36万适龄女生接种HPV疫苗", "人") {
		t.Error("36万适龄女生 not taken for a count of people")
	}
	if !quotesQuantityAsked("全年报告手足口病1203例", "例") {
		t.Error("1203例 not taken for a count of cases")
	}
}
