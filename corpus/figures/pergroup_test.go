package figures

import "testing"

// A per-head figure of a group with a bare "拥有数" after a count
// ("社会养老床位数3.63万余张,每千名老年人拥有数30.25张") is the count per head
// of that group.
func TestPerGroupOwnedTakesTheMeasureBefore(t *testing.T) {
	f := figureOf(t, "全市社会养老床位数3.63万余张,每千名老年人拥有数30.25张。", "30.25")
	if f.Label != "每千名老年人拥有社会养老床位数" {
		t.Errorf("30.25 labelled %q, want 每千名老年人拥有社会养老床位数", f.Label)
	}
}

// The total after a count of new ones ("新增社康机构91家,总数达833家") is
// of all of them, the new verb left out after a place's name too.
func TestTotalAfterNewOnesAfterAPlace(t *testing.T) {
	if f := figureOf(t, "2021年深圳新增社康机构91家,总数达833家。", "833"); f.Label != "深圳社康机构" {
		t.Errorf("833 labelled %q, want 深圳社康机构", f.Label)
	}
}

// A part after 其中 of a count of visits is measured as its whole is: "总诊
// 疗人数为28463万人次,其中中医849.4万人次" gives 中医诊疗人数, not 中医人数.
func TestPartOfVisitsMeasuredAsTheWhole(t *testing.T) {
	if f := figureOf(t, "2019年,全市基层医疗机构总诊疗人数为28463万人次,其中中医849.4万人次,占比30%。", "849.4"); f.Label != "中医诊疗人数" {
		t.Errorf("849.4 labelled %q, want 中医诊疗人数", f.Label)
	}
}
