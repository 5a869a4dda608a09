package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A table's header of two lines where the last cell of the first spans the
// whole second reaches a cell stream as the first line's cells, the blanks
// of the second line under the cells that span both, then the second
// line's cells:
//
//	序号 | 属地 | 医疗废物产生总量(千克) | 医疗废物分类处置情况(千克) |
//	|||| 感染性废物 | 损伤性废物 | 病理性废物 | 药物性废物 | 化学性废物 |
//
// The spanning cell names no column of its own: its parts do, in its unit.

// minSpannedParts is how many parts a spanning cell must have.
const minSpannedParts = 2

// minOwnPartRunes is how long a part's name must be to name its column
// without its group's ("感染性废物", not "公立").
const minOwnPartRunes = 4

// spanningHeads names width value columns from such a header, nil when the
// cells are no such header.
func spanningHeads(all []pipeCell, width int) []string {
	var cells []pipeCell
	for _, c := range all {
		if !c.english {
			cells = append(cells, c)
		}
	}
	gap := -1
	for i := 1; i+2 < len(cells); i++ {
		if cells[i].text == "" && cells[i+1].text == "" && cells[i-1].text != "" {
			gap = i
			break
		}
	}
	if gap < 0 {
		return nil
	}
	var first, second []string
	for _, c := range cells[:gap] {
		if c.text != "" {
			first = append(first, c.text)
		}
	}
	i := gap
	for i < len(cells) && cells[i].text == "" {
		i++
	}
	for ; i < len(cells) && cells[i].text != ""; i++ {
		second = append(second, cells[i].text)
	}
	if len(first) < 2 || len(second) < minSpannedParts {
		return nil
	}
	if len(second) != len(slices.Compact(slices.Sorted(slices.Values(second)))) {
		return nil // parts repeated under several groups (groupHeads)
	}
	parent := first[len(first)-1]
	u := headUnitIndex(parent)
	if u == nil {
		return nil // a last cell without a unit may be a column of its own
	}
	name, unit := strings.TrimSpace(parent[:u[0]]), parent[u[0]:]
	heads := append([]string(nil), first[:len(first)-1]...)
	for _, p := range second {
		if isValueCell(p) || headUnitIndex(p) != nil {
			return nil
		}
		if utf8.RuneCountInString(p) < minOwnPartRunes {
			p = name + p // "公立" is named by its group
		}
		heads = append(heads, p+unit)
	}
	if len(heads) < width {
		return nil
	}
	return heads[len(heads)-width:]
}
