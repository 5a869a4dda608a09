package understand

import (
	"regexp"
	"strings"
	"sync"

	"github.com/healthbot/healthbot/corpus"
)

// Staff name two indicators that share their measure word once: "孕产妇和
// 婴儿死亡率" is 孕产妇死亡率 and 婴儿死亡率, "城镇和农村居民医保参保率" two
// rates. The catalogue's official names tell such a pair from one name
// holding 和 ("医疗和养老"): both halves, each completed with the shared
// words, must be indicators' names.

// sharedMeasurePair matches a word, a conjunction and the words after it.
var sharedMeasurePair = regexp.MustCompile(`(\p{Han}{1,8})(?:和|与|及|、)([\p{Han}0-9]{2,16})`)

// SharedMeasure returns one question for each of two indicators a question
// names with one measure word ("孕产妇和婴儿死亡率现在降到多少" → "孕产妇死亡率
// 现在降到多少", "婴儿死亡率现在降到多少"); nil when it names no such pair.
func SharedMeasure(question string) []string {
	q := corpus.Normalize(question)
	for _, m := range sharedMeasurePair.FindAllStringSubmatchIndex(q, -1) {
		left := []rune(q[m[2]:m[3]])
		right := q[m[4]:m[5]]
		name := longestNamePrefix(right)
		if name == "" {
			continue
		}
		rn := []rune(name)
		for i := 1; i+2 <= len(rn); i++ {
			shared := string(rn[i:])
			for k := 1; k <= len(left) && k <= 6; k++ {
				first := string(left[len(left)-k:]) + shared
				if first == name || !isOfficialName(first) {
					continue
				}
				start := m[2] + len(string(left[:len(left)-k]))
				prefix, rest := q[:start], q[m[4]+len(name):]
				return []string{prefix + first + rest, prefix + name + rest}
			}
		}
	}
	return nil
}

// longestNamePrefix is the longest official indicator name s starts with.
func longestNamePrefix(s string) string {
	best := ""
	for _, n := range officialNames() {
		if len(n) > len(best) && strings.HasPrefix(s, n) {
			best = n
		}
	}
	return best
}

// isOfficialName reports whether s is an indicator's name or alias.
func isOfficialName(s string) bool { return officialNameSet()[s] }

// officialNameSet holds officialNames for look-ups: SharedMeasure asks of
// every split of every pair.
var officialNameSet = sync.OnceValue(func() map[string]bool {
	set := map[string]bool{}
	for _, n := range officialNames() {
		set[n] = true
	}
	return set
})
