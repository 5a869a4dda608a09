package corpus

import (
	"slices"
	"strings"
)

// A table copied one cell a line may end each row with a note column
// (备注), written in words or left blank:
//
//	险种类别 | 参保人数 | 上年结余 | … | 基金累计结余 | 备注 |
//	城镇职工医保 | 31455 | 1997.10 | … | 5416.40 | 含生育保险 |
//	城乡居民医保 | 281352 | 13999.86 | … | 27474.01 | |
//
// A note in words would read as the next row's name. The header tells how
// many cells a row has; each row's note is dropped from the stream.

// noteColumnHeads head a column of notes.
var noteColumnHeads = []string{"备注", "說明", "说明", "備註", "備注"}

// withoutNoteColumn takes a note column out of a cell stream whose header
// ends with one: the header is the run of words ending in the note's head,
// every row as many cells as it, opening with a name and holding values
// or blanks before its note. The note's head goes too. ok is false when
// the stream has no such header or no row of that shape follows it.
func withoutNoteColumn(cells []pipeCell) (out []pipeCell, ok bool) {
	at := slices.IndexFunc(cells, func(c pipeCell) bool { return slices.Contains(noteColumnHeads, strings.TrimSpace(c.text)) })
	if at < 1 {
		return cells, false
	}
	start := at
	for start > 0 && cells[start-1].text != "" && !isValueCell(cells[start-1].text) && !strings.ContainsAny(cells[start-1].text, ":：") {
		start-- // back to the first head, past no caption ("单位:人、万元")
	}
	width := at - start + 1
	if width < 3 {
		return cells, false
	}
	out = append(out, cells[:at]...)
	rows := 0
	for i := at + 1; i+width <= len(cells); {
		for i < len(cells) && cells[i].text == "" {
			i++ // a bar alone between rows
		}
		if i+width > len(cells) {
			break
		}
		row := cells[i : i+width]
		if row[0].text == "" || isValueCell(row[0].text) || !slices.ContainsFunc(row[1:width-1], func(c pipeCell) bool { return isValueCell(c.text) }) ||
			slices.ContainsFunc(row[1:width-1], func(c pipeCell) bool {
				return c.text != "" && !isValueCell(c.text) && !slices.Contains(dashCells, c.text)
			}) {
			break
		}
		out = append(out, row[:width-1]...)
		rows++
		i += width
	}
	if rows < minPipeRows {
		return cells, false
	}
	return out, true
}
