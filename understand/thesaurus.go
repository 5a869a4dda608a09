package understand

import (
	_ "embed"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/healthbot/healthbot/indicators"
)

// thesaurusText maps the lay words staff use in chat to the official terms
// the reports use ("打预防针" → "预防接种"). It is data, not code: extend it
// as staff's questions show new wording.
//
//go:embed thesaurus.txt
var thesaurusText string

// thesaurus maps a colloquial phrase to the official terms it stands for.
var thesaurus = parseThesaurus(thesaurusText)

// colloquialByLength lists the colloquial phrases longest first, so "小孩打
// 预防针" wins over "小孩".
var colloquialByLength = sortedKeys(thesaurus)

func parseThesaurus(text string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		official, lay, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		official = strings.TrimSpace(official)
		for _, w := range strings.Fields(lay) {
			out[w] = append(out[w], official)
		}
	}
	return out
}

func sortedKeys(m map[string][]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(keys[i]) != len(keys[j]) {
			return len(keys[i]) > len(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}

// timedLay writes the lay phrases that hold a time word ("拖到下一年",
// "拖到今年办") as their official term, before the question's years are
// read off: else the time word goes with the years and leaves a verb no
// phrase of the thesaurus matches ("拖到").
var timedLay = sync.OnceValue(func() *strings.Replacer {
	var pairs []string
	for _, lay := range colloquialByLength { // longest first: the replacer tries them in order
		if StripYears(lay) != lay {
			pairs = append(pairs, lay, " "+strings.Join(thesaurus[lay], " ")+" ")
		}
	}
	return strings.NewReplacer(pairs...)
})

// Expand appends to a question's topic the official terms for the lay
// phrases in it ("打预防针" → "预防接种"). The original wording stays:
// expansion only adds.
func Expand(q string) string {
	add := OfficialTerms(q)
	for _, m := range spokenRange.FindAllStringSubmatch(q, -1) {
		add = append(add, m[1]+"至"+m[2]+m[3]) // "七到九年级": reports write 七至九年级
	}
	for _, m := range spokenBound.FindAllStringSubmatch(q, -1) {
		// "60岁往上": reports write 60岁以上, 60岁及以上.
		bound := "以上"
		if m[2] == "往下" || m[2] == "朝下" {
			bound = "以下"
		}
		add = append(add, m[1]+bound, m[1]+"及"+bound)
	}
	add = append(add, countedInOtherNumerals(q)...)
	if len(add) == 0 {
		return q
	}
	return q + " " + strings.Join(add, " ")
}

// spokenBound is an age's bound said in speech: "60岁往上", "14岁朝下".
var spokenBound = regexp.MustCompile(`([0-9]+(?:周?岁))(往上|朝上|往下|朝下)`)

// spokenRange is a range of numbers said with 到 ("七到九年级", "3到6岁"),
// which reports write with 至.
var spokenRange = regexp.MustCompile(`([0-9]+|[一二三四五六七八九十]+)到([0-9]+|[一二三四五六七八九十]+)(年级|岁|个月|月)`)

// OfficialTerms are the official terms for the lay phrases in q that q
// does not already hold, longest phrase first.
func OfficialTerms(q string) []string {
	var add []string
	seen := map[string]bool{}
	q = acrossGaps(q)
	rest := q
	for _, lay := range colloquialByLength {
		if !strings.Contains(rest, lay) || inOfficialName(q, lay) || inProperName(q, lay) {
			continue
		}
		rest = strings.ReplaceAll(rest, lay, " ")
		for _, term := range thesaurus[lay] {
			if !seen[term] && !strings.Contains(q, term) {
				seen[term] = true
				add = append(add, term)
			}
		}
	}
	return add
}

// acrossGaps puts together the lay phrases whose words a question word
// split ("生了多少个娃": the topic keeps "生 娃"; "两针都打完": "两针 打完"),
// so that they are read whole, before their parts ("娃"). Each side of the
// gap must be a whole word or two characters of one: "救护车 派出去" holds
// no "车派出去".
func acrossGaps(q string) string {
	fields := strings.Fields(q)
	if len(fields) < 2 {
		return q
	}
	byFirst := layByFirstRune()
	for i := 0; i+1 < len(fields); i++ {
		a, b := fields[i], fields[i+1]
		ab := a + b
	scan:
		for at, r := range a {
			// Only the phrases that can start at this rune and run past
			// the gap are tried.
			for _, lay := range byFirst[r] {
				if at+len(lay) <= len(a) || !strings.HasPrefix(ab[at:], lay) || strings.Contains(a, lay) || strings.Contains(b, lay) {
					continue
				}
				if spansGap(a, b, lay) {
					fields[i+1] = ab
					fields[i] = ""
					break scan
				}
			}
		}
	}
	return strings.Join(strings.Fields(strings.Join(fields, " ")), " ")
}

// layByFirstRune is the lay phrases of two characters or more by their
// first character, longest first.
var layByFirstRune = sync.OnceValue(func() map[rune][]string {
	out := map[rune][]string{}
	for _, lay := range colloquialByLength {
		if utf8.RuneCountInString(lay) < 2 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(lay)
		out[r] = append(out[r], lay)
	}
	return out
})

// spansGap reports whether lay is the end of word a run into the start of
// word b, each side a whole word or two characters or more of one.
func spansGap(a, b, lay string) bool {
	r := []rune(lay)
	for k := 1; k < len(r); k++ {
		left, right := string(r[:k]), string(r[k:])
		if strings.HasSuffix(a, left) && strings.HasPrefix(b, right) &&
			(left == a || k >= 2) && (right == b || len(r)-k >= 2) {
			return true
		}
	}
	return false
}

// LayPhrase is a lay phrase of the thesaurus found in a question, with
// the official terms it stands for.
type LayPhrase struct {
	Lay   string
	Terms []string
}

// LayPhrases are the lay phrases of the thesaurus in q, longest first:
// "把关" in "对外公开的东西把关" stands for 审核, 审查 ….
func LayPhrases(q string) []LayPhrase {
	var out []LayPhrase
	rest := q
	for _, lay := range colloquialByLength {
		if strings.Contains(rest, lay) && !inOfficialName(q, lay) && !inProperName(q, lay) {
			rest = strings.ReplaceAll(rest, lay, " ")
			out = append(out, LayPhrase{lay, thesaurus[lay]})
		}
	}
	return out
}

// HasAlternativeTerms reports whether q holds a lay phrase with several
// official terms ("派出去": 出车, 派车), for which SubstituteFor may choose
// another term than Substitute.
func HasAlternativeTerms(q string) bool {
	for _, p := range LayPhrases(q) {
		if len(p.Terms) > 1 {
			return true
		}
	}
	return false
}

// Substitute replaces the lay phrases in q by the first official term for
// each ("多少家医院开了减肥门诊" → "多少家医院开了体重管理门诊"), so q can be
// matched word for word against the reports' own labels.
func Substitute(q string) string { return SubstituteFor(q, "") }

// SubstituteFor is Substitute choosing, for a lay phrase with several
// official terms ("派出去": 出车, 派车), the one the label holds: the
// question put in the words of the report it is matched against.
func SubstituteFor(q, label string) string {
	// A term put in stands for the lay phrase until the end, as a marker no
	// shorter lay phrase can match inside ("水样" → 水质监测 is not then
	// read for its "水质").
	var put []string
	q = acrossGaps(q)
	work := q
	for _, lay := range colloquialByLength {
		terms := thesaurus[lay]
		term := terms[0]
		for _, t := range terms[1:] {
			if label != "" && strings.Contains(label, t) && !strings.Contains(label, term) {
				term = t
			}
		}
		if strings.Contains(work, lay) && !strings.Contains(q, term) && !inOfficialName(q, lay) && !inThesaurusTerm(q, lay) && !inProperName(q, lay) {
			work = strings.ReplaceAll(work, lay, "\x00"+strconv.Itoa(len(put))+"\x00")
			put = append(put, term)
		}
	}
	for i, term := range put {
		work = strings.ReplaceAll(work, "\x00"+strconv.Itoa(i)+"\x00", term)
	}
	return work
}

// inOfficialName reports whether the lay phrase stands in q inside a
// longer official name or alias of an indicator that q writes out: "婴儿"
// is a lay word for 新生儿 in "刚生的婴儿", not in "婴儿死亡率". A lay
// phrase that is an alias itself ("经济总量") still gives the official term.
func inOfficialName(q, lay string) bool {
	for _, name := range officialNames() {
		if name != lay && strings.Contains(name, lay) && strings.Contains(q, name) {
			return true
		}
	}
	return false
}

// inThesaurusTerm reports whether the lay phrase stands in q inside a
// longer term of the thesaurus that q writes out: "流感" is a lay word for
// 流行性感冒 in "流感报了多少例", not in "流感疫苗".
func inThesaurusTerm(q, lay string) bool {
	for _, term := range thesaurusTerms() {
		if term != lay && strings.Contains(term, lay) && strings.Contains(q, term) {
			return true
		}
	}
	return false
}

// thesaurusTerms are the official terms the thesaurus maps lay words to.
var thesaurusTerms = sync.OnceValue(func() []string {
	seen := map[string]bool{}
	var out []string
	for _, terms := range thesaurus {
		for _, t := range terms {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return out
})

// inProperName reports whether every occurrence of the lay phrase in q
// ends the name of one town's or village's institution ("古龙镇卫生院",
// "城关镇医院"): that institution, not the kind the lay word stands for. A
// district's or county's ("翔安区诊所") are its institutions of the kind.
// A phrase opening with a verb ("夏馆镇查乳腺") names no institution.
func inProperName(q, lay string) bool {
	if r, _ := utf8.DecodeRuneInString(lay); strings.ContainsRune(layVerbs, r) {
		return false
	}
	found := false
	for i := strings.Index(q, lay); i >= 0; {
		r, _ := utf8.DecodeLastRuneInString(q[:i])
		if !strings.ContainsRune(placeEnds, r) || i < len("某镇") {
			return false
		}
		found = true
		j := strings.Index(q[i+len(lay):], lay)
		if j < 0 {
			break
		}
		i += len(lay) + j
	}
	return found
}

// layVerbs open a lay phrase that tells what is done: "查乳腺", "打疫苗".
const layVerbs = "查做打看照搞治"

// placeEnds end the name of a town, township or village before an
// institution's kind.
const placeEnds = "镇乡村"

// officialNames are the catalogue's indicator names and aliases.
var officialNames = sync.OnceValue(func() []string {
	var out []string
	for _, ind := range indicators.All() {
		out = append(out, ind.Name)
		out = append(out, ind.Aliases...)
	}
	return out
})
