package corpus

import "testing"

// A yearbook's page ("江苏年鉴 2020年0期", published in March 2020) records
// the year before its edition: its figures with no year of their own are of
// 2019, not 2020.
func TestYearbookEditionRecordsTheYearBefore(t *testing.T) {
	text := "医疗卫生\n\n2020-03-25 12:55:32\n江苏年鉴 2020年0期\n关键词:医院\n综述\n" +
		"【医疗卫生机构】2019年底,全省医疗卫生机构总数34796个。\n\n" +
		"全省医疗机构34055个,其中:公立医疗机构20664个,占60.68%;非公立医疗机构13391个,占39.32%。\n"
	r := Parse("nianjian.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2019 {
		t.Errorf("year %d, want 2019", r.Year)
	}
	for _, f := range r.Figures {
		if f.Raw == "39.32" && f.Year != 2019 {
			t.Errorf("39.32%%: year %d, want 2019", f.Year)
		}
	}
}

// A headline's year that is only the base it compares with ("比2020年提高
// 1.34岁") is not the report's year: the page's date is.
func TestTitleComparisonBaseIsNoYear(t *testing.T) {
	text := "安徽省人均预期寿命达79.3岁 比2020年提高1.34岁\n发布日期: 2025年3月29日\n  安徽省人均预期寿命达79.3岁,比2020年提高1.34岁。今年将继续推进健康安徽建设。\n"
	r := Parse("anhui.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2025 {
		t.Errorf("year %d, want 2025", r.Year)
	}
	if y, _ := titleYears("2023年工作总结与2024年工作计划"); y != 2023 {
		t.Errorf("title years: %d, want 2023", y)
	}
}
