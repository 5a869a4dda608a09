package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A sentence often says what was there before and what was added, each
// clause with its own list ("2009年已经开展了A、B…等6个免费项目,2018年又新增
// C和D两个免费项目"): asked for a number of items ("新加的两个项目是哪两个"),
// the clause that names exactly that many, closed by that count and a kind
// the question names, is the answer, not its sentence.

// countClosedList is a list closed by its count and kind: "C和D两个免费项目";
// group 1 is the list, 2 the count, 3 the kind.
var countClosedList = regexp.MustCompile(`((?:\p{Han}{2,16}?[、和及与])+\p{Han}{2,16}?)(?:等|共|这)?((?:[0-9]+|[一二三四五六七八九十两]+))(?:个|项|种|类|家|所|条)(\p{Han}{2,8})`)

// listParts splits a list at its separators: "C和D" → C, D.
var listParts = regexp.MustCompile(`[、和及与]`)

// countedClause is, among the best sources, the clause naming exactly as
// many items as the question asks for, closed by that count and a kind
// whose last two characters the question names, in a sentence of two
// clauses or more; ok is false otherwise.
func countedClause(question string, sources []Source) (listItem, bool) {
	n, counted := understand.AskedItems(question)
	if !counted || n < 2 {
		return listItem{}, false
	}
	q := corpus.Normalize(question)
	for _, s := range sources[:min(introducingSources, len(sources))] {
		for _, sent := range bodySentences(s.Text) {
			clauses := splitClauses(sent)
			if len(clauses) < 2 {
				continue
			}
			for _, c := range clauses {
				if closesCountedList(corpus.Simplify(c), n, q) {
					return listItem{strings.TrimSpace(c), s.N}, true
				}
			}
		}
	}
	return listItem{}, false
}

// closesCountedList reports whether the clause holds a list of n items
// closed by the count n and a kind the question names.
func closesCountedList(clause string, n int, question string) bool {
	for _, m := range countClosedList.FindAllStringSubmatch(clause, -1) {
		kind := []rune(m[3])
		tail := string(kind[max(0, len(kind)-2):])
		if corpus.ParseChineseNumber(m[2]) != n || !strings.Contains(question, tail) {
			continue
		}
		items := listParts.Split(m[1], -1)
		if len(items) == n && utf8.RuneCountInString(items[0]) >= 2 {
			return true
		}
	}
	return false
}
