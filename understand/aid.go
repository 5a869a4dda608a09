package understand

import "strings"

// Reports name aid sent to a province by the province's one-character
// name: "4批57人援鄂" (to 湖北), "援疆干部", "援藏医疗队". Staff say where it
// went: "往湖北派了多少人去支援".

// provinceAbbreviations are the one-character names of the provinces, by
// their short names (public facts).
var provinceAbbreviations = map[string]string{
	"北京": "京", "天津": "津", "河北": "冀", "山西": "晋", "内蒙古": "蒙", "辽宁": "辽", "吉林": "吉",
	"黑龙江": "黑", "上海": "沪", "江苏": "苏", "浙江": "浙", "安徽": "皖", "福建": "闽", "江西": "赣",
	"山东": "鲁", "河南": "豫", "湖北": "鄂", "湖南": "湘", "广东": "粤", "广西": "桂", "海南": "琼",
	"重庆": "渝", "四川": "川", "贵州": "黔", "云南": "滇", "西藏": "藏", "陕西": "陕", "甘肃": "甘",
	"青海": "青", "宁夏": "宁", "新疆": "疆",
}

// aidWords say that help was sent.
var aidWords = []string{"支援", "援助", "驰援", "帮扶"}

// aidTerms are the reports' words for aid sent to the provinces a question
// names beside a word of aid ("往湖北…支援" → 援鄂); none otherwise.
func aidTerms(q string) []string {
	if !containsAny(q, aidWords) {
		return nil
	}
	var out []string
	for name, abbr := range provinceAbbreviations {
		if strings.Contains(q, name) && !strings.Contains(q, "援"+abbr) {
			out = append(out, "援"+abbr)
		}
	}
	return out
}
