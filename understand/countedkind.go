package understand

import (
	"regexp"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// A report names a group of things by their count: "三大行动", "5个方面",
// "四项制度". Questions write the count in one kind of numerals and
// reports often in the other.

// CountedKind is a group of things named by its count: Count 3, Counter
// "大", Kind "行动" of "三大行动"; Start and End are its byte span in the
// text read.
type CountedKind struct {
	Count                 int
	Counter, Kind         string
	Start, End, KindStart int
}

// countedKind is a count, its counter and up to six characters after it.
var countedKind = regexp.MustCompile(`([一二三四五六七八九十两]{1,3}|[0-9]{1,2})(大|个|项|条|类|种|件|方面)(\p{Han}{0,6})`)

// CountedKinds are the groups named by their count in text, in order.
func CountedKinds(text string) []CountedKind {
	var out []CountedKind
	for _, m := range countedKind.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, CountedKind{Count: countOf(text[m[2]:m[3]]), Counter: text[m[4]:m[5]], Kind: text[m[6]:m[7]], Start: m[0], End: m[1], KindStart: m[6]})
	}
	return out
}

// countOf is the value of a count written in Chinese or Arabic numerals.
func countOf(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return corpus.ParseChineseNumber(s)
}

// smallNumerals writes 1 to 10 in Chinese numerals.
var smallNumerals = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}

// maxCountedKindRunes is how much of a counted kind's name the other
// numerals' form carries into a search.
const maxCountedKindRunes = 4

// countedInOtherNumerals writes each counted kind of q in the other
// numerals: reports write "3大行动" for a question's "三大行动" and "五个方面"
// for "5个方面".
func countedInOtherNumerals(q string) []string {
	var out []string
	for _, k := range CountedKinds(q) {
		kind := []rune(k.Kind)
		if len(kind) == 0 || k.Count <= 0 {
			continue
		}
		name := k.Counter + string(kind[:min(len(kind), maxCountedKindRunes)])
		if _, err := strconv.Atoi(q[k.Start : k.Start+1]); err == nil {
			if k.Count < len(smallNumerals) {
				out = append(out, smallNumerals[k.Count]+name)
			}
			continue
		}
		out = append(out, strconv.Itoa(k.Count)+name)
	}
	return out
}
