package bot

import (
	"regexp"
	"slices"
)

// townSuffixes end the names of towns, townships, subdistricts and
// villages ("探沂镇", "双庄街道"), places below the gazetteer's counties;
// townKinds are the kinds of place they also end ("乡镇卫生院", "城镇居民").
const townSuffixes = "镇乡道村区"

var townKinds = []string{"城镇", "乡镇", "村镇", "城乡", "农村", "乡村", "城区", "郊区", "山区", "牧区", "景区", "园区", "辖区", "市区", "县区", "城村"}

// townName finds a town's or subdistrict's name: two or three characters
// before 镇, 乡 or 街道.
var townName = regexp.MustCompile(`\p{Han}{2,3}(?:镇|乡|街道)`)

// withoutTowns is a question's topic without the towns and subdistricts
// it names ("探沂镇常住人口" → "常住人口"); kinds of place ending the same
// way stay ("乡镇卫生院床位").
func withoutTowns(topic string) string {
	return townName.ReplaceAllStringFunc(topic, func(m string) string {
		r := []rune(m)
		if k := len(r) - 2; slices.Contains(townKinds, string(r[k:])) || slices.Contains(townKinds, string(r[k-1:k+1])) {
			return m
		}
		return ""
	})
}
