package corpus

import (
	"strings"
	"testing"
)

// A bilingual yearbook table whose Chinese column names were lost in the
// copy: the English names, in order, name the columns (made-up counts).
func TestYearbookColumnsNamedInEnglish(t *testing.T) {
	text := "某省统计年鉴2022 18-5 各类医疗卫生机构情况(2021年)\n18-5 各类医疗卫生机构情况(2021年)\nStatistics of Health Institutions by Category(2021)\n" +
		"项目 医疗卫生机构\nItem Number of Health Institutions\nHospital Beds\nMedical Technical Personnel\nDoctors Certified Nurses\n" +
		"  医院 700 170000 170500 57000 90000\n    综合医院 380 110000 120000 40000 63000\n        Integrated Hospitals\n" +
		"    村卫生室 16000 0 6300 5700 540\n        Village Clinics\n"
	got := strings.Join(pipeFigures(t, text), " ")
	for _, want := range []string{"村卫生室 机构数=16000@2021", "医院 床位数=170000@2021", "综合医院 注册护士=63000@2021", "医院 执业(助理)医师=57000@2021"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in %s", want, got)
		}
	}
}

// English words that name fewer columns than the rows hold name none.
func TestEnglishHeadsMustNameEveryColumn(t *testing.T) {
	text := "某表(2021年)\nItem Hospital Beds\n  医院 700 170000 170500\n  卫生院 300 9000 9500\n"
	for _, f := range pipeFigures(t, text) {
		if strings.Contains(f, "床位数=700") {
			t.Errorf("a column named by a partial English header: %s", f)
		}
	}
}
