package corpus

import "testing"

// A New Year's address titled with the year that begins reviews the year
// that ended: the report is of that year, its plan year the title's; an
// address that reviews nothing keeps its title's year (made-up texts).
func TestNewYearAddressReviewsTheYearBefore(t *testing.T) {
	text := "某县卫生健康委主任二〇二四年元旦贺词\n岁序更替，新元肇启。\n回眸2023年，全县卫生健康系统锚定目标抓落实。\n" +
		"一是深化医改，稳步向前。我们重塑集团管理体系，建成标准化村卫生室98所。\n新的一年，我们将新建社区医院2家。\n"
	r := Parse("07_mouxian_heci_2024.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2023 || r.PlanYear != 2024 {
		t.Errorf("year %d plan year %d, want 2023 and 2024", r.Year, r.PlanYear)
	}
	for _, s := range r.Sections {
		if s.Kind == KindSummary && s.Year != 2023 {
			t.Errorf("section %q of the review dated %d", s.PathString(), s.Year)
		}
	}
	for _, f := range r.Figures {
		if f.Raw == "2" && (f.Year != 2024 || f.Kind != KindPlan) {
			t.Errorf("新建社区医院2家 of 新的一年: %s %d, want plan 2024", f.Kind, f.Year)
		}
	}
	plain := "某县卫生健康委2024年新年致辞\n值此新春佳节，向全县医务工作者致以问候。\n"
	if r := Parse("08_mouxian_zhici_2024.txt", plain, Meta{}, Options{}).Reports[0]; r.Year != 2024 {
		t.Errorf("an address reviewing nothing dated %d, want 2024", r.Year)
	}
}
