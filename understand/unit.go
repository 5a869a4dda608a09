package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// askedUnitPattern is a count or amount question's counter word: "多少篇",
// "几个", "多少人次", "多少钱".
var askedUnitPattern = regexp.MustCompile(`(?:多少|几)(人次|万元|亿元|个百分点|百分点|篇|个|人|家|所|张|元|次|例|项|名|台|条|件|岁|天|床|支|辆|份|场|期|批|户|处|座|间|种|钱)`)

// AskedUnit is the unit a question asks its figure in ("发了多少篇稿子" →
// "篇", "花多少钱" → "元"), "" when it names none. A figure in another unit
// answers another question.
func AskedUnit(question string) string {
	m := askedUnitPattern.FindStringSubmatch(corpus.Normalize(question))
	switch {
	case m == nil:
		return ""
	case m[1] == "钱":
		return "元"
	case m[1] == "百分点":
		return "个百分点"
	}
	return m[1]
}
