package corpus

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/places"
)

// A unit's budget or final-accounts statement often sets the unit's name
// on a line of its own above the title: "巫山县医共体管理服务中心" over
// "2026年部门预算情况说明". The two lines are one title: whose statement it
// is belongs to it.

// unitEnds end the name of a health unit.
var unitEnds = []string{"中心", "医院", "卫生院", "保健院", "保健所", "监督所", "服务站", "卫生室", "委员会", "卫健局", "卫生局", "卫生健康局"}

// maxUnitLineRunes bounds a line that is a unit's name alone.
const maxUnitLineRunes = 30

// withUnitAbove extends title over the line right above it when that line
// is a unit's name alone, opening with a place, and the title names none.
func withUnitAbove(text string, title, body Span) Span {
	if title.Len() == 0 || len(places.Find(text[title.Start:title.End])) > 0 {
		return title
	}
	above := strings.TrimRight(text[body.Start:title.Start], " \t\r\n　")
	lineStart := strings.LastIndexByte(above, '\n') + 1
	l := strings.TrimSpace(above[lineStart:])
	if l == "" || utf8.RuneCountInString(l) > maxUnitLineRunes || strings.ContainsAny(l, "，,。；;：: ") {
		return title
	}
	if ms := places.Find(l); len(ms) == 0 || ms[0].Start != 0 || !hasAnySuffix(l, unitEnds) {
		return title
	}
	return Span{body.Start + lineStart + (len(above[lineStart:]) - len(strings.TrimLeft(above[lineStart:], " \t　"))), title.End}
}
