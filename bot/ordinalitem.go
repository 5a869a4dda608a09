package bot

import (
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// ordinalItems answers a question naming one item of a numbered list by
// its ordinal ("民生实事第二件…都做了哪些事") with that item of the best
// source holding a list numbered so: the line opening with the number, its
// parts listed with 、 as items of their own.
// src is the source the item stands in.
func ordinalItems(question string, sources []Source) (items []listItem, src Source, ok bool) {
	n := understand.AskedOrdinal(question)
	if n == 0 {
		return nil, Source{}, false
	}
	for _, s := range sources {
		lines := strings.Split(s.Text, "\n")
		for i, line := range lines {
			num, numbered := corpus.MarkerNumber(line)
			if !numbered || num != n || !numberedBeside(lines, i, n) {
				continue
			}
			_, body := corpus.MarkerLevel(line)
			for _, part := range strings.Split(strings.TrimRight(body, "。；;"), "、") {
				if part = strings.TrimSpace(part); part != "" {
					items = append(items, listItem{part, s.N})
				}
			}
			if len(items) > 0 {
				return items[:min(len(items), maxListItems)], s, true
			}
		}
	}
	if counter := understand.AskedOrdinalCounter(question); counter != "" {
		// "分为四类：第一类：特困供养人员、孤儿。第二类：…": the item
		// labelled in the text, its members after the colon.
		for _, s := range sources {
			if items := labelledItem(s, n, counter); len(items) > 0 {
				return items, s, true
			}
		}
	}
	return nil, Source{}, false
}

// labelledItem is the members of the item labelled 第n<counter> in a
// source's text, after its colon up to the end of the sentence ("第一类：
// 特困供养人员、孤儿。"), one per 、; nil when the text labels none so.
func labelledItem(s Source, n int, counter string) []listItem {
	for _, num := range []string{corpus.ChineseNumeral(n), strconv.Itoa(n)} {
		for _, colon := range []string{"：", ":"} {
			label := "第" + num + counter + colon
			i := strings.Index(s.Text, label)
			if i < 0 {
				continue
			}
			body := s.Text[i+len(label):]
			if end := strings.IndexAny(body, "。；;\n"); end >= 0 {
				body = body[:end]
			}
			var items []listItem
			for _, part := range strings.Split(body, "、") {
				if part = strings.TrimSpace(part); part != "" {
					items = append(items, listItem{part, s.N})
				}
			}
			return items[:min(len(items), maxListItems)]
		}
	}
	return nil
}

// numberedBeside reports whether the line at i has a neighbour numbered
// n-1 or n+1: it is an item of a numbered list, not a lone number.
func numberedBeside(lines []string, i, n int) bool {
	for _, k := range []int{i - 1, i + 1} {
		if k < 0 || k >= len(lines) {
			continue
		}
		if m, ok := corpus.MarkerNumber(lines[k]); ok && (m == n-1 || m == n+1) {
			return true
		}
	}
	return false
}
