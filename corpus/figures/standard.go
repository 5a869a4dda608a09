package figures

import (
	"regexp"
	"strings"
)

// standardOf matches the label the extractor gives a standard a measure is
// held against ("达到国家要求的90%以上" → "达到国家要求"): the standard's
// name in group 1.
var standardOf = regexp.MustCompile(`^(?:达到|高于|超过|超出|优于|低于|符合|满足)了?((?:国家|全国|省|省级|市|市级|上级|省市|国家规定|省定|市定)(?:要求|标准|规定|目标|目标值|考核要求|考核目标|控制目标|控制线))的?$`)

// standardsOfMeasures labels a standard written after the measure it is
// held against in the same unit ("全县常规免疫疫苗接种率95.47%,达到国家要求
// 的90%以上") with the measure and the standard's name
// ("常规免疫疫苗接种率国家要求"), a goal, not the level reached.
func standardsOfMeasures(sentence string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		prev, cur := &figs[i-1], &figs[i]
		m := standardOf.FindStringSubmatch(cur.Label)
		if m == nil || prev.End > cur.Start || prev.Unit != cur.Unit || prev.Label == "" || standardOf.MatchString(prev.Label) {
			continue
		}
		if strings.ContainsAny(sentence[prev.End:cur.Start], "。；;") {
			continue
		}
		cur.Label, cur.Target = prev.Label+m[1], true
	}
}
