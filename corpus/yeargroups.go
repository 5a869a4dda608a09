package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// A monthly statistics table (全国医疗服务情况) heads its columns in two
// levels written one cell a line: the measures, then under each count the
// same period of two years, each year's cell followed by the months it
// covers; a change in percent stands under no years:
//
//	诊疗人次数(万人次) / 诊疗人次增长(% / 出院人数(万人) / 出院人数增长(% /
//	2018 / 1-10 / 2019 / 1-10 / 2018 / 1-10 / 2019 / 1-10 /
//	医疗卫生机构合计 / 682360.8 / 701631.9 / 2.8 / 20545.0 / 21074.3 / 2.6
//
// Read cell by cell, the years become values of rows named by the months.
// yearColumnGroups reads such a header instead: each count takes the
// years in turn ("2019年1-10月出院人数(万人)"), each change its own column.

// monthSpanCell is a cell naming the months a year's column covers:
// "1-10", "1-10月", "1～10月份".
var monthSpanCell = regexp.MustCompile(`^(?:[1-9]|1[0-2])\s*[-—–~～至到]\s*(?:[1-9]|1[0-2])\s*(?:月份?)?$`)

// changeGroupWords make a group of the header a change or a share, which
// has no column per year.
var changeGroupWords = []string{"增长", "增减", "增幅", "降幅", "%", "％", "比上年", "同比", "率"}

// yearColumnGroups reads the header whose groups are ls[i..j] and whose
// years follow ls[j]: the columns' names, the index of the first row's
// name, and whether the header is such and fits the first row's values.
func yearColumnGroups(work string, ls []Span, i, j int, isName func(int) bool, values func(int) int) ([]string, int, bool) {
	cell := func(n int) string { return strings.TrimSpace(work[ls[n].Start:ls[n].End]) }
	var years []string
	distinct := map[int]bool{}
	n := j + 1
	for ; n < len(ls); n++ {
		c := cell(n)
		if y, ok := isYearText(c); ok && y > 0 {
			years = append(years, strconv.Itoa(y)+"年")
			distinct[y] = true
			continue
		}
		if monthSpanCell.MatchString(c) && len(years) > 0 && !strings.Contains(years[len(years)-1], "月") {
			m := strings.TrimSuffix(strings.TrimSuffix(c, "份"), "月")
			years[len(years)-1] += m + "月"
			continue
		}
		break
	}
	per := len(distinct)
	if per < 2 || len(years)%per != 0 || n >= len(ls) || !isName(n) {
		return nil, 0, false
	}
	m := values(n + 1)
	counts := len(years) / per
	changes := m - len(years)
	if m == 0 || changes < 0 {
		return nil, 0, false
	}
	var groups []string
	for g := i; g <= j; g++ {
		if c := squeezeCell(cell(g)); strings.IndexFunc(c, unicode.IsLetter) >= 0 {
			groups = append(groups, c)
		}
	}
	if len(groups) < counts+changes {
		return nil, 0, false
	}
	groups = groups[len(groups)-counts-changes:]
	if len(groups) < 2 || slices.ContainsFunc(groups, isRowNameHead) {
		return nil, 0, false // "项目 / 2013 / 2014": the names' head over years, read as such
	}
	var heads []string
	next := 0 // the next year column
	for _, g := range groups {
		if containsAny(g, changeGroupWords) {
			changes--
			heads = append(heads, g)
			continue
		}
		if next+per > len(years) {
			return nil, 0, false
		}
		for _, y := range years[next : next+per] {
			heads = append(heads, y+g) // "2019年1-10月出院人数(万人)": the unit stays last
		}
		next += per
	}
	if changes != 0 || next != len(years) || len(heads) != m {
		return nil, 0, false
	}
	return heads, n, true
}
