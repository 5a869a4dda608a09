package corpus

import "testing"

// A level dated by an era ("新中国成立之初，…仅为35岁") is of no year, and
// the level now reached after 如今 is the text's year; a horizon's year
// ("达国家2030年目标值") dates nothing; a headline "从35岁到79.9岁" is no
// figure of a label "35岁".
func TestEraOpenerHorizonAndValueOnlyLabel(t *testing.T) {
	text := "从35岁到79.9岁，某省卫生健康事业发展综述\n" +
		"新中国成立以来，全省已有17项健康行动考核指标达国家2030年目标值。2023年，全省医疗卫生机构达88195个。\n" +
		"新中国成立之初，全省人均预期寿命仅为35岁，婴儿死亡率为200‰；如今，人均预期寿命翻番，达79.9岁。\n"
	doc := Parse("综述.txt", text, Meta{}, Options{})
	r := doc.Reports[0]
	if r.Year != 2023 {
		t.Errorf("report year %d, want 2023 (2030 is a horizon)", r.Year)
	}
	got := map[float64]Figure{}
	for _, f := range r.Figures {
		if f.Label == "35岁" {
			t.Errorf("a value as a label: %+v", f)
		}
		got[f.Value] = f
	}
	if f := got[35]; f.Year != 0 || !f.Base {
		t.Errorf("35岁 of the era: %+v, want no year, a base", f)
	}
	if f := got[200]; f.Year != 0 || !f.Base {
		t.Errorf("200‰ of the era: %+v, want no year, a base", f)
	}
	if f := got[79.9]; f.Label != "人均预期寿命" || f.Year != 2023 || f.Base {
		t.Errorf("79.9岁 now: %+v, want 人均预期寿命 of 2023", f)
	}
}
