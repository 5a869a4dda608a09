package understand

import (
	"slices"
	"testing"
)

// Items an institution did something to ("涨价的项目") are counted, not the
// institutions; people or institutions after 的 may be what is counted.
func TestInstitutionsOwningTheItemsCounted(t *testing.T) {
	for _, q := range []string{"湖南省属医院涨价的项目有几个？", "湖南省属医院这次调价方案，涨价的项目有几个？"} {
		if ids := QuestionIndicators(q); slices.Contains(ids, "hospitals") {
			t.Errorf("QuestionIndicators(%q) = %v: the projects are counted, not the hospitals", q, ids)
		}
	}
	if ids := QuestionIndicators("全省有多少家医院？"); !slices.Contains(ids, "hospitals") {
		t.Errorf("QuestionIndicators(全省有多少家医院) = %v, want hospitals", ids)
	}
}

// Institutions named only as where something happens (在医院里规培) are no
// indicator of the question.
func TestInstitutionsAsPlaceOnly(t *testing.T) {
	q := "重庆眼下还在医院里规培、没结业的有多少人？"
	if ids := QuestionIndicators(q); slices.Contains(ids, "hospitals") {
		t.Errorf("QuestionIndicators(%q) = %v: the trainees are counted, not the hospitals", q, ids)
	}
}
