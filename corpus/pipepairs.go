package corpus

// A table of two columns, a name and one measure, copied one cell a line
// gives each row as a name cell then a value cell; a wide page may set two
// such tables side by side, their header repeated:
//
//	乡镇/街道办事处名称 |
//	产前筛查数(人) |
//	乡镇/街道办事处名称 |
//	产前筛查数(人) |
//	辕门口街道办事处 |
//	430 |
//
// The header's last cell names the measure, with its unit in brackets;
// every row is a name and a number.

// readPairRows reads a stream of name and value cells under headers whose
// last cell names the measure in its unit ("产前筛查数(人)"); a second
// such table may follow under its own header.
func readPairRows(cells []pipeCell) (textTable, bool) {
	var filled []pipeCell
	for _, c := range cells {
		if c.text != "" {
			filled = append(filled, c)
		}
	}
	var t textTable
	head := ""
	for i := 0; i < len(filled); {
		a := filled[i]
		if i+1 < len(filled) && head != "" && !isValueCell(a.text) && isValueCell(filled[i+1].text) {
			b := filled[i+1]
			t.rows = append(t.rows, []tableCell{{text: a.text, span: a.span}, {head: head, text: b.text, span: b.span}})
			i += 2
			continue
		}
		if !isValueCell(a.text) && headUnitIndex(a.text) != nil && !(i+1 < len(filled) && isValueCell(filled[i+1].text)) {
			// The measure's header, over the rows after it; not a row's
			// name in its unit with its value ("实有床位数(张) | 2802").
			head = a.text
		}
		i++
	}
	if len(t.rows) < minPairRows || 4*len(t.rows) < len(filled) {
		return textTable{}, false // a few pairs among other cells
	}
	return t, true
}

// minPairRows is how many name and value rows make a two-column table.
const minPairRows = 4
