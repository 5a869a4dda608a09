package corpus

import (
	"strings"

	"github.com/healthbot/healthbot/corpus/places"
)

// A news page may be headed by one of its subtitles: "上城区老龄化程度最高"
// above a report on 杭州市's 老龄事业统计公报 that says 全市 throughout and
// names its districts only to rank them. The page is the city's.

// minWholeCityMentions is how often a text must say 全市 to be the whole
// city's rather than its title's district's.
const minWholeCityMentions = 2

// cityOfWholeText is the city holding district when the text speaks of the
// whole city (全市, at least minWholeCityMentions times), names that city,
// and never speaks as a district or county (全区, 我区, 全县…); "" otherwise.
func cityOfWholeText(text, district string) string {
	p, ok := places.Lookup(district)
	if !ok || p.Level != places.County || p.Parent == "" {
		return ""
	}
	if strings.Count(text, "全市") < minWholeCityMentions || containsAny(text, districtVoice) {
		return ""
	}
	city, ok := places.Lookup(p.Parent)
	if !ok || !strings.Contains(text, city.Name) && (city.Short == "" || !strings.Contains(text, city.Short)) {
		return ""
	}
	return city.Name
}

// districtVoice is a text speaking as a district or county.
var districtVoice = []string{"全区", "我区", "本区", "全县", "我县", "本县", "全旗", "我旗"}
