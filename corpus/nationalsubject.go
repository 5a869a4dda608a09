package corpus

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus/places"
)

// A local report or a news page on a province quotes the country's figures
// with the country as their clause's subject:
//
//	去年我国出生人口902万人,出生率为6.39‰。……广东去年的人口出生率达到8.12‰
//
// Those figures, and those of the clauses after it in the sentence until
// another subject opens one, are the country's, not the report's place's.

// nationalSubject is the country as a clause's subject, after the time the
// clause opens with ("去年我国", "2023年全国").
var nationalSubject = regexp.MustCompile(`^(?:(?:截至|截止|到)?(?:(?:19|20)\d{2}年|今年|去年|上年)(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|以来|上半年|下半年|全年)?)?(?:我国|全国)`)

// notNationalSubject, after 全国, makes it a title or a rank the place
// earned ("全国文明城市", "全国首个", "全国卫生城市"), not the country.
var notNationalSubject = []string{"首", "第", "率先", "前列", "领先", "唯一", "文明", "卫生城市", "卫生县城", "健康", "示范", "先进", "百强", "重点", "平均", "水平", "范围", "各地", "人大", "政协", "两会"}

// countryClauses reports whether the last clause of before (a sentence up
// to a figure) that opens with a subject opens with the country.
func countryClauses(before string) bool {
	country := false
	for _, c := range strings.FieldsFunc(before, func(r rune) bool { return strings.ContainsRune("，,；;。：:(（\n", r) }) {
		c = strings.TrimSpace(c)
		if end, ok := leadingMarker(c); ok {
			c = c[end:]
		}
		if m := nationalSubject.FindStringIndex(c); m != nil {
			if !opensWith(c[m[1]:], notNationalSubject) {
				country = true
				continue
			}
		}
		if wholeAreaWord(c) != "" || opensWith(c, localWords) {
			country = false // "全国报告肺结核56万余例,我省报告4.2万例"
			continue
		}
		if ms := places.Find(c); len(ms) > 0 && ms[0].Start == 0 {
			country = false // "广东去年的人口出生率…": another subject
		}
	}
	return country
}
