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

// An address named so only in its subtitle ("——某医院党委元旦致辞"), put
// up on 1 January with no year in its headline, reviews the year before
// too; a text that only mentions an address in a sentence does not (made-up
// texts).
func TestSubtitledNewYearAddress(t *testing.T) {
	text := "上下同心开新局\n发布时间:2024-01-01 09:07:58\n——某县人民医院党委元旦致辞\n天地春辉近，日月开新元。告别坚韧向前的2023年，即将迎来崭新的2024年。\n" +
		"2023年，我们初心如磐。过去一年，医院全年获得集体荣誉23项。\n"
	if r := Parse("06_mouxian_yiyuan.txt", text, Meta{}, Options{}).Reports[0]; r.Year != 2023 {
		t.Errorf("year %d, want 2023", r.Year)
	}
	other := "医院召开学习会\n发布时间:2024-01-05 09:07:58\n医院组织全体职工认真学习习近平总书记2024年新年贺词精神，大家表示，2024年要再接再厉。\n"
	if r := Parse("07_mouxian_xuexi.txt", other, Meta{}, Options{}).Reports[0]; r.Year != 2024 {
		t.Errorf("a text mentioning an address dated %d, want 2024", r.Year)
	}
}
