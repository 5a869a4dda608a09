package corpus

import (
	"strconv"
	"strings"
)

// A numbered table copied one cell a line gives each row's number before
// its name ("1 | 市直机构 | 285051.58 | … | 2 | 古城区"): read as values,
// the next row's number would end the row above. These tell a row number.

// nextSerial reports whether b is the row number after a's: "1", "2".
func nextSerial(a, b string) bool {
	x, errA := strconv.Atoi(strings.TrimSpace(a))
	y, errB := strconv.Atoi(strings.TrimSpace(b))
	return errA == nil && errB == nil && x > 0 && y == x+1
}

// isSerialCell reports whether a cell holds a row number only.
func isSerialCell(s string) bool {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return err == nil && n > 0 && n < 1000
}
