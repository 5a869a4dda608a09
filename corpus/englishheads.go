package corpus

import (
	"slices"
	"strings"
)

// A bilingual yearbook table copied as text may keep its English column
// names whole while its Chinese ones are lost or broken over lines:
//
//	项目 医疗卫生机构
//	Item Number of Health Institutions
//	Hospital Beds
//	Medical Technical Personnel
//	Doctors Certified Nurses
//	  医院 711 176316 176424 57775 90143
//
// The yearbooks' English names are few and fixed; read in order, they name
// the columns in the reports' Chinese.

// englishColumns maps the English names of yearbook columns, longest
// first, to the Chinese the reports and questions use.
var englishColumns = []struct{ english, chinese string }{
	{"number of health institutions", "机构数"},
	{"number of institutions", "机构数"},
	{"medical technical personnel", "卫生技术人员"},
	{"health technical personnel", "卫生技术人员"},
	{"licensed (assistant) doctors", "执业(助理)医师"},
	{"licensed (assistant) physicians", "执业(助理)医师"},
	{"licensed doctors", "执业医师"},
	{"licensed physicians", "执业医师"},
	{"registered nurses", "注册护士"},
	{"certified nurses", "注册护士"},
	{"number of beds", "床位数"},
	{"hospital beds", "床位数"},
	{"health workers", "卫生人员"},
	{"pharmacists", "药师"},
	{"technicians", "技师"},
	{"institutions", "机构数"},
	{"physicians", "执业(助理)医师"},
	{"doctors", "执业(助理)医师"},
	{"nurses", "注册护士"},
	{"beds", "床位数"},
}

// englishHeads names width columns from the English words of the header
// lines above line from (up to the caption), nil when they do not name
// exactly width known columns.
func englishHeads(work string, body []Span, from, width int) []string {
	var lines []string
	for k := from - 1; k >= 0 && from-k <= maxSpaceHeaderLines; k-- {
		line := strings.TrimSpace(work[body[k].Start:body[k].End])
		if line == "" || captionYear.MatchString(line) {
			break
		}
		lines = append([]string{line}, lines...)
	}
	header := strings.ToLower(strings.Join(lines, " "))
	type found struct {
		at   int
		name string
	}
	var cols []found
	taken := make([]bool, len(header))
	for _, c := range englishColumns {
		for next := 0; ; {
			i := strings.Index(header[next:], c.english)
			if i < 0 {
				break
			}
			i += next
			next = i + len(c.english)
			if slices.Contains(taken[i:next], true) || !wordBounded(header, i, next) {
				continue
			}
			for k := i; k < next; k++ {
				taken[k] = true
			}
			cols = append(cols, found{i, c.chinese})
		}
	}
	if len(cols) != width {
		return nil
	}
	slices.SortFunc(cols, func(a, b found) int { return a.at - b.at })
	heads := make([]string, width)
	for i, c := range cols {
		heads[i] = c.name
	}
	return heads
}

// wordBounded reports whether s[i:j] stands as whole words.
func wordBounded(s string, i, j int) bool {
	isLetter := func(b byte) bool { return b >= 'a' && b <= 'z' }
	return (i == 0 || !isLetter(s[i-1])) && (j == len(s) || !isLetter(s[j]))
}
