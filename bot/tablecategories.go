package bot

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// "那张表里分了哪几类医院" asks the categories a table of numbers breaks its
// total into: its rows' names ("综合医院", "中医医院", "专科医院"), which no
// sentence lists. A passage holding such a table gives each row's name
// followed by its numbers.

// categoriesAsked asks which categories a table is broken into.
var categoriesAsked = regexp.MustCompile(`表\p{Han}{0,12}(?:分了|分成|分为|分|有)?哪(?:几|些)(?:类|种|个|项)`)

// minRowValues is how many numbers after a name make it a table row's.
const minRowValues = 3

// maxCategoryRunes bounds a row's name: a longer token is prose.
const maxCategoryRunes = 16

// minCategories is how many rows make the categories of a table.
const minCategories = 2

// tableCategoryItems lists the rows' names of the first source holding a
// table of numbers, when the question asks its categories; a row named as
// a total (totalColumns' words, or a 小计) is none.
func tableCategoryItems(question string, sources []Source) ([]listItem, bool) {
	if !categoriesAsked.MatchString(corpus.Normalize(question)) {
		return nil, false
	}
	for _, s := range sources {
		var items []listItem
		tokens := strings.Fields(s.Text)
		for i, t := range tokens {
			if isNumberToken(t) || corpus.CountHan(t) == 0 {
				continue
			}
			n := 0
			for i+1+n < len(tokens) && isNumberToken(tokens[i+1+n]) {
				n++
			}
			name := strings.TrimLeft(strings.TrimPrefix(t, "其中"), ":：")
			if n < minRowValues || name == "" || utf8.RuneCountInString(name) > maxCategoryRunes || containsAny(name, totalColumns) || strings.HasSuffix(name, "小计") {
				continue
			}
			items = append(items, listItem{name, s.N})
		}
		if len(items) >= minCategories {
			return items, true
		}
	}
	return nil, false
}

// isNumberToken reports whether a token is a number, not a year heading a
// column ("2008").
func isNumberToken(t string) bool {
	v, err := strconv.ParseFloat(strings.TrimSuffix(t, "%"), 64)
	return err == nil && !(v >= 1949 && v <= 2100 && !strings.Contains(t, ".") && len(t) == 4)
}
