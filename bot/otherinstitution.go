package bot

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// mentionsAskedInstitution reports whether a sentence names the institution
// asked, in full or without the place its name opens with ("市中心医院"
// of 孝感市中心医院).
func mentionsAskedInstitution(sent, asked string) bool {
	return mentionsInstitution(asked, sent) || mentionsInstitution(withoutLeadingPlace(asked), sent)
}

// maxSubjectLead is how far into a sentence, in runes, the institution it
// opens with may stand ("市中医医院举行…": after the place's level).
const maxSubjectLead = 3

// aboutOtherInstitution reports whether a sentence is about another
// institution than the one asked: it opens with one as its subject and
// names not the asked one ("市中医医院举行南丁格尔誓言宣誓…" for a question
// about 孝感市中心医院). A sentence that only names a kind of them
// further on ("公立医院绩效考核涵盖…") is about no other.
func aboutOtherInstitution(sent, asked string) bool {
	s := corpus.Normalize(sent)
	other := institutionIn(s)
	if other == "" || mentionsAskedInstitution(sent, asked) {
		return false
	}
	i := strings.Index(s, other)
	return i >= 0 && utf8.RuneCountInString(s[:i]) <= maxSubjectLead
}

// ofAskedInstitution drops the items about another institution than the
// one the topic names, when some item names it: the city's other
// hospitals' activities are no answer of 孝感市中心医院's. text gives an
// item's words.
func ofAskedInstitution[T any](topic string, items []T, text func(T) string) []T {
	inst := askedInstitution(topic)
	if inst == "" || !slices.ContainsFunc(items, func(it T) bool { return mentionsAskedInstitution(text(it), inst) }) {
		return items
	}
	return slices.DeleteFunc(items, func(it T) bool { return aboutOtherInstitution(text(it), inst) })
}

// sourcesOfAskedInstitution keeps, of the sources, those of the reports
// that name the one institution a topic names (in a title or passage),
// when some do: a report that never names 同济儿童医院 tells nothing of it,
// however many of the question's words it shares ("总投资7.59亿元" of
// another children's hospital). All the sources when none names it or the
// topic names none.
func sourcesOfAskedInstitution(topic string, sources []Source) []Source {
	inst := askedInstitution(topic)
	if inst == "" {
		return sources
	}
	files := map[string]bool{}
	for _, s := range sources {
		if mentionsAskedInstitution(s.Title+s.Text, inst) {
			files[s.File] = true
		}
	}
	if len(files) == 0 {
		return sources
	}
	return slices.DeleteFunc(slices.Clone(sources), func(s Source) bool { return !files[s.File] })
}
