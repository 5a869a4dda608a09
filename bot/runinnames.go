package bot

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A report may list its projects as paragraphs that open with the
// project's name as a sentence of its own, no number before it
// ("婴幼儿照护服务试点示范工程。旨在…", "孕妇产前基因免费筛查工程。旨在…"),
// or by its ordinal run in ("一是开设急诊社区卫生服务中心。推进…"): asked
// "民生工程都有哪些项目", "民生实事都有哪几件", those names are the list.

// runInNameRunes bounds a name opening a paragraph as its own sentence.
const runInNameRunes = 24

// minRunInNames is how many such names make a list.
const minRunInNames = 2

// runInNames is the paragraph-opening names of the best report holding
// two or more that end in the kind a list question asks ("项目") or in the
// head of a word it names ("民生工程": 工程), from all its passages among
// the best sources; ok is false when none does.
func runInNames(question string, sources []Source) ([]listItem, bool) {
	ends := runInEnds(question)
	if len(ends) == 0 {
		return nil, false
	}
	byFile := map[string][]listItem{}
	openers := map[string][]listItem{} // every paragraph opened by a short sentence, by file
	ordinals := map[string]int{}       // the items named by their ordinal so far, by file
	var files []string
	var on func(string) bool // the topic a scoped question keeps items to ("跟卫健沾边的")
	if _, about, scoped := understand.ScopedFilter(question); scoped {
		on = aboutTopic(about)
	}
	for _, s := range sources[:min(kindListSources, len(sources))] {
		for line := range strings.Lines(s.Text) {
			name, rest, found := strings.Cut(strings.TrimSpace(line), "。")
			if !found || utf8.RuneCountInString(name) > runInNameRunes || strings.ContainsAny(name, "，,；;：:") {
				continue
			}
			if level, _ := corpus.MarkerLevel(name); level >= 0 {
				continue // a numbered heading ("1.实施健康知识普及行动。"): the outline's
			}
			if on != nil && !on(corpus.Simplify(name+rest)) {
				continue // "跟卫健沾边的": not 主城区打通10条“断头路”
			}
			if utf8.RuneCountInString(rest) > utf8.RuneCountInString(name) && !slices.ContainsFunc(openers[s.File], func(it listItem) bool { return it.text == name }) {
				if len(openers[s.File]) == 0 && len(byFile[s.File]) == 0 {
					files = append(files, s.File)
				}
				openers[s.File] = append(openers[s.File], listItem{name, s.N})
			}
			simp := corpus.Simplify(name)
			// "一是开设急诊社区卫生服务中心。": an item by its run-in
			// ordinal, whatever it ends in, when its paragraph holds no
			// other (the run-on list "一是…。二是…。" is read whole
			// elsewhere) and it is the next of its report's ("一是…" then
			// "四是…" are two lists' items, or one's cut).
			ordinal := runInOrdinal.MatchString(simp) && !laterOrdinal.MatchString(corpus.Simplify(rest)) &&
				strings.HasPrefix(simp, nthOrdinal(ordinals[s.File]))
			if ordinal {
				ordinals[s.File]++
			}
			if !ordinal && !slices.ContainsFunc(ends, func(e string) bool {
				return strings.HasSuffix(simp, e) && utf8.RuneCountInString(simp) > utf8.RuneCountInString(e)+2
			}) {
				continue
			}
			items := byFile[s.File]
			if slices.ContainsFunc(items, func(it listItem) bool { return it.text == name }) {
				continue // a passage repeated where the page was cut
			}
			if items == nil && len(openers[s.File]) == 0 {
				files = append(files, s.File)
			}
			byFile[s.File] = append(items, listItem{name, s.N})
		}
	}
	for _, f := range files {
		if len(byFile[f]) >= minRunInNames {
			return byFile[f], true
		}
	}
	if !countsKind(question) {
		return nil, false
	}
	// "那10件民生实事…都有哪几件": names in no kind's words ("免费为城乡65岁
	// 及以上老年人健康体检。以…为依托,…"), each opening a paragraph that
	// tells more of it.
	for _, f := range files {
		if len(openers[f]) >= minRunInOpeners {
			return openers[f], true
		}
	}
	return nil, false
}

// minRunInOpeners is how many paragraphs opened by a short sentence make a
// list of names written in no kind's words.
const minRunInOpeners = 3

// countsKind reports whether a list question names how many things of a
// kind it asks the names of ("那10件民生实事"), or the kind alone as a set
// ("民生实事里…哪几件").
func countsKind(question string) bool {
	_, counted := understand.AskedItems(question)
	return counted || strings.Contains(corpus.Normalize(question), "实事")
}

// runInOrdinalPattern is an ordinal run into an item's words: "一是…",
// "二要…".
const runInOrdinalPattern = `[一二三四五六七八九十]{1,2}(?:是|要)\p{Han}`

// runInOrdinal opens an item with its ordinal run in.
var runInOrdinal = regexp.MustCompile(`^` + runInOrdinalPattern)

// ordinalNumerals are the numerals of run-in ordinals in order.
var ordinalNumerals = []rune("一二三四五六七八九十")

// nthOrdinal is the numeral of the run-in ordinal after k others (一 for
// none), 十 past ten.
func nthOrdinal(k int) string {
	return string(ordinalNumerals[min(k, len(ordinalNumerals)-1)])
}

// laterOrdinal is a run-in ordinal opening a later sentence of the same
// paragraph: "。二是开展市政、河道水体修复攻坚行动".
var laterOrdinal = regexp.MustCompile(`(?:^|。)` + runInOrdinalPattern)

// runInKinds are the heads a run-in name may end in.
var runInKinds = []string{"工程", "项目", "行动", "活动", "计划", "实事"}

// runInEnds are the heads of the kinds a list question asks or names
// ("民生工程都有哪些项目": 项目, 工程).
func runInEnds(question string) []string {
	q := corpus.Normalize(question)
	if !understand.WantsList(question) || understand.WantsMeans(question) {
		return nil // "打算怎么搞" asks how, not the names
	}
	var ends []string
	for _, k := range runInKinds {
		if strings.Contains(q, k) {
			ends = append(ends, k)
		}
	}
	return ends
}
