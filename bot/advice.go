package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/healthbot/healthbot/corpus"
)

// adviceAsked asks what the public was told to do: "叫老百姓怎么防病",
// "提醒群众注意啥", "让大家怎么预防"; not "让老百姓就近看病准备咋弄", what
// is done for them.
var adviceAsked = regexp.MustCompile(`(?:提醒|建议|教|要求|倡导)` + thePublic + `|(?:叫|让)` + thePublic + `(?:怎么|如何|怎样|咋|注意|做|要|多|少|别|不要|尽量)|(?:怎么|如何|怎样|咋)(?:预防|防病|防范|防护|防)|注意(?:什么|啥|哪些)`)

// thePublic matches the words for the public advice is given to, and a
// measure serves (publicWords).
var thePublic = "(?:" + strings.Join(append(slices.Clone(publicWords), "大家", "广大"), "|") + ")"

// adviceGiven is a sentence of advice to the public: "建议公众坚持勤洗手",
// "要…做好饮食卫生和环境卫生,前往人群密集场所时做好个人防护".
var adviceGiven = regexp.MustCompile(`建议|提醒|倡导|呼吁|做好个人防护|勤洗手|戴口罩|常通风|及时就医|及时就诊|(?:要|应)(?:避免|养成|做好|注意|保持|坚持)`)

// maxAdviceDigits bounds the digits of a sentence of advice: one dense with
// them reports counts ("报告乙类传染病20种,发病28044例").
const maxAdviceDigits = 4

// adviceItems are the sentences of advice to the public in the best
// sources, in order: the answer to "疫情通报里叫老百姓怎么防病". ok is false
// when the sources give none.
func adviceItems(question string, sources []Source) ([]listItem, bool) {
	if !adviceAsked.MatchString(corpus.Normalize(question)) {
		return nil, false
	}
	return sentencesWhere(sources, func(sent string) bool {
		return adviceGiven.MatchString(sent) && digits(sent) <= maxAdviceDigits
	})
}

// digits counts the digits of s.
func digits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
