package bot

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// minRowKeyRunes keeps short cells ("是", "无") from naming a row.
const minRowKeyRunes = 3

// namedRows answers a question that names a table row by its key cell
// ("句容市财政局要做什么" and the row "部门：市财政局；重点领域：…"): the
// rows whose first cell's value the question contains, quoted whole, in
// source order. ok is false when the question names no row.
func namedRows(question string, sources []Source) (Answer, bool) {
	q := corpus.Normalize(question)
	type row struct {
		text string
		src  int
	}
	var rows []row
	for _, s := range sources {
		for _, line := range strings.Split(s.Text, "\n") {
			line = strings.TrimSpace(line)
			if !isRowLine(line) {
				continue
			}
			first, _, _ := strings.Cut(line, "；")
			_, key, _ := strings.Cut(first, "：")
			key = corpus.Normalize(strings.TrimSpace(key))
			if utf8.RuneCountInString(key) >= minRowKeyRunes && strings.Contains(q, key) {
				rows = append(rows, row{line, s.N})
			}
		}
	}
	if len(rows) == 0 {
		return Answer{}, false
	}
	var t strings.Builder
	t.WriteString("以下内容摘自资料原文（未经模型生成）：\n")
	for i, r := range rows[:min(maxListItems, len(rows))] {
		fmt.Fprintf(&t, "%d. “%s” [%d]\n", i+1, r.text, r.src)
	}
	return Answer{Intent: IntentQuestion, Mode: ModeExtractive, Text: strings.TrimRight(t.String(), "\n"), Sources: sources, Figures: []FigureRow{}}, true
}
