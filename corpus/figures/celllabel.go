package figures

import (
	"strings"
	"unicode"
)

// cellLabel is a label read across a table row's cell bars without the
// bars and the cells that only number the row: "2 | 新增托位" is
// "新增托位", "接种HPV疫苗 |的适龄女生" is "接种HPV疫苗的适龄女生".
func cellLabel(label string) string {
	if !strings.Contains(label, "|") {
		return label
	}
	var b strings.Builder
	for _, cell := range strings.Split(label, "|") {
		cell = strings.Trim(cell, " \t`　")
		if strings.TrimFunc(cell, unicode.IsDigit) == "" {
			continue // a row's number
		}
		b.WriteString(cell)
	}
	return b.String()
}
