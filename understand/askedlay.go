package understand

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// askingParts are the words a question asks with that the topic loses
// (question words, the aspect particle 了, "一共"); a lay phrase holding
// one ("救了", "跑了多少趟", "管多少口人") would never be matched once
// they are gone.
var askingParts = []string{"了", "多少", "几", "一共", "总共", "有多少"}

// askedLayPhrases are the thesaurus's lay phrases that hold an asking
// part, longest first. A verb and its 了 alone ("报了", "接了") are left
// out: which verb it is depends on the words around it (报了 is 补偿 of a
// medical bill and 报告 of a case), which a phrase of three runes or more
// ("跑了多少趟", "救了多少") settles.
var askedLayPhrases = sync.OnceValue(func() []string {
	var out []string
	for _, lay := range colloquialByLength {
		if utf8.RuneCountInString(lay) < 3 {
			continue
		}
		for _, p := range askingParts {
			if strings.Contains(lay, p) {
				out = append(out, lay)
				break
			}
		}
	}
	return out
})

// wordOpeners may stand before a word that opens a lay phrase without
// making a word with its first rune: adverbs and particles ("一共救了",
// "都跑了多少趟"). Any other Han rune may ("上报了" is not "报了").
const wordOpeners = "共都也还又再才就却已刚能可要会总"

// withAskedLay writes the lay phrases of q that hold an asking part as
// their official terms ("一共救了多少病人" → "一共 救治 病人"), before the
// asking parts are stripped; like timedLay for phrases holding a time
// word. A phrase counts only where a word starts, so "上报了" does not
// read "报了"; a word starts after a disease's name too.
func withAskedLay(q string) string {
	for _, lay := range askedLayPhrases() {
		// Most phrases are not in q: the name checks, which scan every
		// official name, run only for one that is.
		if !strings.Contains(q, lay) || inOfficialName(q, lay) || inProperName(q, lay) {
			continue
		}
		var b strings.Builder
		rest := q
		for {
			i := strings.Index(rest, lay)
			if i < 0 {
				break
			}
			b.WriteString(rest[:i])
			if at := len(q) - len(rest) + i; opensWord(q, at) || endsWithDisease(q[:at]) || strings.HasPrefix(lay, "最") {
				// A superlative opens a word wherever it stands ("大病保
				// 险最多能报多少").
				b.WriteString(" " + thesaurus[lay][0] + " ")
			} else {
				b.WriteString(lay)
			}
			rest = rest[i+len(lay):]
		}
		b.WriteString(rest)
		q = b.String()
	}
	return q
}

// endsWithDisease reports whether s ends with the name of a disease: what
// follows a disease's name opens its predicate ("艾滋病死了几个").
func endsWithDisease(s string) bool {
	for _, g := range diseaseNames {
		for _, name := range g {
			if strings.HasSuffix(s, name) {
				return true
			}
		}
	}
	return false
}

// opensWord reports whether a word may start at byte i of q: at the start,
// after a non-Han rune, or after an adverb or particle.
func opensWord(q string, i int) bool {
	r, size := utf8.DecodeLastRuneInString(q[:i])
	return size == 0 || !unicode.Is(unicode.Han, r) || strings.ContainsRune(wordOpeners, r)
}
