package corpus

import (
	"strings"
	"unicode/utf8"
)

// A budget, a yearbook or a long plan may open with its table of contents
// ("目 录" and its entries, "| 一、单位主要职能 |", "1. 2018年单位财务收支预算
// 总表"). The entries' outline numbers open no sections: read as headings
// they put the whole text under the last entry ("七、绩效目标申报表") and
// give it that entry's kind.

// maxTOCEntryRunes bounds an entry of a table of contents.
const maxTOCEntryRunes = 50

// minTOCEntries is how many entries make a table of contents.
const minTOCEntries = 2

// tocSpans returns the tables of contents in text[span]: from a line that
// reads 目录 to the last entry line after it.
func tocSpans(text string, span Span) []Span {
	var out []Span
	ls := lines(text[span.Start:span.End])
	for i := 0; i < len(ls); i++ {
		l := text[span.Start+ls[i].Start : span.Start+ls[i].End]
		if strings.Join(strings.Fields(strings.Trim(l, "| ")), "") != "目录" {
			continue
		}
		entries, last := 0, i
		for j := i + 1; j < len(ls); j++ {
			e := strings.TrimSpace(strings.Trim(strings.TrimSpace(text[span.Start+ls[j].Start:span.Start+ls[j].End]), "|｜"))
			if e == "" {
				continue
			}
			if _, numbered := matchMarker(e, 0); !numbered || utf8.RuneCountInString(e) > maxTOCEntryRunes || containsSentenceEnd(e) {
				break
			}
			entries, last = entries+1, j
		}
		if entries >= minTOCEntries {
			out = append(out, Span{span.Start + ls[i].Start, span.Start + ls[last].End})
			i = last
		}
	}
	return out
}
