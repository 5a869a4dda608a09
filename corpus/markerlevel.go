package corpus

import "strings"

// markerLevels are the conventional nesting levels of the outline styles.
var markerLevels = map[style]int{stylePart: 0, styleCNDun: 1, styleCNParen: 2, styleNumDot: 3, styleNumParen: 4, styleCircled: 5}

// MarkerLevel reads the outline number a line opens with, as the answer
// side needs it to find the items under a heading inside a passage: its
// conventional nesting level (0 for 第一部分, 1 for 一、, 2 for （一）, 3 for
// 1., 4 for （1）, 5 for ①) and the text after it; -1 when the line opens
// with no outline number (一是 lists and annex markers included).
func MarkerLevel(line string) (int, string) {
	line = strings.TrimSpace(line)
	m, ok := matchMarker(line, 0)
	if !ok {
		return -1, ""
	}
	level, known := markerLevels[m.style]
	if !known {
		return -1, ""
	}
	return level, strings.TrimLeft(line[m.end:], " \u2002\u3000")
}

// MarkerNumber reads the number of the outline marker a line opens with
// ("12." → 12, "（三）" → 3, "十二、" → 12, "第四章" → 4); ok is false when
// the line opens with none.
func MarkerNumber(line string) (n int, ok bool) {
	m, ok := matchMarker(strings.TrimSpace(line), 0)
	return m.num, ok
}
