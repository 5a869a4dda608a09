package corpus

import (
	"strings"
	"testing"
)

// A bilingual yearbook table copied as text: each row's English name on a
// line of its own under it, "#" marking a part, the total's name lost under
// columns of years. Its rows are read (not joined into a paragraph as a
// hard-wrapped page), each number dated by its column, the total named by
// the caption (made-up numbers).
func TestBilingualYearbookRowsWithTranslations(t *testing.T) {
	text := "18-4 各类卫生技术人员数\nNumber of Medical Technical Personnel by Category\n单位:人 (person)\n" +
		"项目  Item 2015 2019 2020 2021\n" +
		"    213162 263427 278397 294376\n" +
		"  #执业医师 66162 85089 90384 95297\n        Chartered Doctors\n" +
		"    执业助理医师 12011 14443 15162 15761\n        Assistant Chartered Doctors\n" +
		"    注册护士 90503 116284 122476 130171\n        Certified Nurses\n"
	got := strings.Join(pipeFigures(t, text), " ")
	for _, want := range []string{"各类卫生技术人员数=263427人@2019", "执业医师=85089人@2019", "注册护士=130171人@2021"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}

// Under a header of institutions, with English lines between the rows,
// each number is its row's and its column's; a row set deeper than one
// naming its unit ("卫生技术人员数(人)" over "执业助理医师") is a part,
// counted in that unit.
func TestYearbookTableWithTranslations(t *testing.T) {
	text := "17-6 基层医疗卫生机构情况(2020年)\nStatistics of Grassroots Health Institutions(2020)\n" +
		"项目 社区卫生服务中心(站) 卫生院 村卫生室\nItem Health Service Stations in Communities Health Institutes Village Clinics\n" +
		"  机构数(个) 706 890 17173\n    Number of Institutions(unit)\n" +
		"  卫生技术人员数(人) 13781 34449 5702\n    Number of Health Technical Personnel\n" +
		"    执业助理医师 933 3804 3605\n        Assistant Chartered Doctors\n" +
		"    注册护士 5070 11865 595\n        Certified Nurses\n"
	got := strings.Join(pipeFigures(t, text), " ")
	for _, want := range []string{"机构数 村卫生室=17173个@2020", "执业助理医师 村卫生室=3605人@2020"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}

// The whole area's row of a table whose caption says what kind of thing
// its rows are ("各类医院基本情况") is that kind's total: the city's
// hospitals' beds, not every bed of the city (made-up numbers).
func TestWholeRowTakesTheCaptionsKind(t *testing.T) {
	text := "表3—2 各类医院基本情况(2022年)\n指 标\n|\n机构数\n(个)\n|\n实有床位数\n(张)\n|\n" +
		"全 市\n|\n120\n|\n30500\n|\n综合医院\n|\n50\n|\n16800\n|\n中医院\n|\n20\n|\n4100\n|\n"
	got := strings.Join(pipeFigures(t, text), " ")
	for _, want := range []string{"全市医院 实有床位数=30500张@2022", "中医院 实有床位数=4100张@2022"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}

// A figure named by a bare verb ("累计已接种12.5万剂次") in a report whose
// title says what was done is led by the title's words before the verb,
// by which it is found (made-up news).
func TestBareVerbLedByTheTitlesThing(t *testing.T) {
	text := "某市圆满完成上半年流感疫苗接种任务\n截至6月30日,我市累计已接种12.5万剂次,按期完成任务。\n"
	figs := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures
	if len(figs) == 0 || figs[0].Label != "接种" || figs[0].Lead != "流感疫苗接种" {
		t.Errorf("want 接种 led by 流感疫苗接种: %+v", figs)
	}
}
