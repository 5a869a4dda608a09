package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A yearbook's header cells may be broken over two rows, the second
// finishing some of the first's names and giving others their units:
//
//	机构数 | 编制 | 实有 | 人员总数 | 卫生技 | 其他技 | 管理人员 | 工勤人员
//	(个)   | 床位 | 床位 | (人)     | 术人员 | 术人员 |
//
// In a cell stream only the order of the cells is left. The first row is
// the last run of as many cells as the table has value columns that is
// followed only by such pieces (units, or words of up to three characters); each piece goes, in order, to the next
// column it fits: a unit to a name that is whole, a word to a name that
// is not.

// maxHeadPieceRunes bounds the words that finish a name broken over two
// header rows ("术人员", "床位").
const maxHeadPieceRunes = 3

// unitCell is a cell holding only a unit in brackets: "(个)", "（人）".
var unitCell = regexp.MustCompile(`^[(（][^()（）]{1,6}[)）]$`)

// wholeNameEnds end a column name that needs nothing after it: a count,
// a rate, people, an amount.
const wholeNameEnds = "数率员人额费量比次位床口所院站室心构"

// isWholeName reports whether a header cell names a measure in full.
func isWholeName(s string) bool {
	if u := headUnitIndex(s); u != nil {
		s = strings.TrimSpace(s[:u[0]])
	}
	r := []rune(s)
	return len(r) > 0 && strings.ContainsRune(wholeNameEnds, r[len(r)-1])
}

// stackedHeads names width value columns from header cells broken over
// two rows, or returns nil when no reading fits.
func stackedHeads(header []pipeCell, width int) []string {
	if width < 2 {
		return nil
	}
	for s := len(header) - width; s >= 0; s-- {
		if heads, ok := stackAt(header[s:s+width], header[s+width:]); ok {
			return heads
		}
	}
	return nil
}

// stackAt gives the pieces, in order, to the columns named by first, and
// reports whether every piece found its column.
func stackAt(first, pieces []pipeCell) ([]string, bool) {
	if len(pieces) == 0 || len(pieces) > len(first) {
		return nil, false
	}
	heads := make([]string, len(first))
	for k, c := range first {
		if unitCell.MatchString(c.text) {
			return nil, false // a unit is no column's name
		}
		heads[k] = c.text
	}
	next := 0
	for _, p := range pieces {
		unit := unitCell.MatchString(p.text)
		if !unit && utf8.RuneCountInString(p.text) > maxHeadPieceRunes {
			return nil, false // a name of its own, not the end of one
		}
		for next < len(first) && isWholeName(first[next].text) != unit {
			next++
		}
		if next == len(first) {
			return nil, false
		}
		heads[next] += p.text
		next++
	}
	return heads, true
}
