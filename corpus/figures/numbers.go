package figures

import (
	"strconv"
	"strings"
)

// number is a numeric token (or a template blank) found in the sentence.
type number struct {
	a, b    int     // rune span [a,b)
	value   float64 // upper bound for a range
	missing bool    // the token contains a blank ("___", "xx", "*")
	skip    bool    // version, date or phone shaped: never a figure
	isInt   bool
	digits  int  // integer digits of the (last) number
	lead0   bool // the integer part starts with 0 and has more digits
	isRange bool
}

// isBlankStart reports whether a template blank starts at i: underscores,
// asterisks, boxes, or at least two x / × in a row.
func isBlankStart(t *text, i int) bool {
	switch t.nAt(i) {
	case '_', '*', '□':
		return true
	case 'x', 'X', '×':
		return isXRun(t, i) >= 2 || dottedX(t, i) > 0
	}
	return false
}

// dottedX returns the length of a decimal blank "x.x" (or "x.xx")
// starting at i, 0 if none.
func dottedX(t *text, i int) int {
	if isXRun(t, i) != 1 || t.nAt(i+1) != '.' {
		return 0
	}
	if l := isXRun(t, i+2); l > 0 {
		return 2 + l
	}
	return 0
}

// isXRun returns the length of the run of x, X or × starting at i.
func isXRun(t *text, i int) int {
	k := i
	for k < len(t.n) && (t.n[k] == 'x' || t.n[k] == 'X' || t.n[k] == '×') {
		k++
	}
	return k - i
}

// blankEnd returns the end of the blank starting at i (i if none).
func blankEnd(t *text, i int) int {
	switch t.nAt(i) {
	case '_', '*', '□':
		c := t.n[i]
		k := i
		for k < len(t.n) && (t.n[k] == c || t.n[k] == '_' && c == '_') {
			k++
		}
		return k
	case 'x', 'X', '×':
		if l := isXRun(t, i); l >= 2 {
			return i + l
		}
		if l := dottedX(t, i); l > 0 {
			return i + l
		}
	}
	return i
}

// scanDigits reads one written number at i: digits, ASCII thousands
// separators ("1,353") and a decimal part. ok is false when no digit is at i.
func scanDigits(t *text, i int) (end int, intDigits int, hasDot bool, version bool) {
	k := i
	for k < len(t.n) && isDigit(t.n[k]) {
		k++
	}
	intDigits = k - i
	if intDigits == 0 {
		return i, 0, false, false
	}
	// Thousands separators: only ASCII ',', a first group of 1-3 digits and
	// groups of exactly three digits.
	if intDigits <= 3 {
		for t.nAt(k) == ',' && t.r[k] == ',' && isDigit(t.nAt(k+1)) && isDigit(t.nAt(k+2)) &&
			isDigit(t.nAt(k+3)) && !isDigit(t.nAt(k+4)) {
			k += 4
			intDigits += 3
		}
	}
	if t.nAt(k) == '.' && isDigit(t.nAt(k+1)) {
		hasDot = true
		k++
		for k < len(t.n) && isDigit(t.n[k]) {
			k++
		}
		// A second dot followed by a digit makes a version or a date.
		for t.nAt(k) == '.' && isDigit(t.nAt(k+1)) {
			version = true
			k++
			for k < len(t.n) && isDigit(t.n[k]) {
				k++
			}
		}
	}
	return k, intDigits, hasDot, version
}

// scanNumber reads the numeric token starting at i, which must hold a
// digit or the start of a blank. Digits running into a blank ("5______")
// make one blank token. A range "5-8" or "5至8" is one token.
func scanNumber(t *text, i int) number {
	nb := number{a: i}
	k := i
	var lastInt int
	var hasDot bool
	for {
		if isDigit(t.nAt(k)) {
			end, d, dot, ver := scanDigits(t, k)
			if ver {
				nb.skip = true
			}
			lastInt, hasDot = d, dot
			if t.n[k] == '0' && d > 1 {
				nb.lead0 = true
			}
			k = end
			continue
		}
		if e := blankEnd(t, k); e > k {
			nb.missing = true
			k = e
			continue
		}
		break
	}
	nb.b = k
	nb.digits = lastInt
	nb.isInt = !hasDot
	if !nb.missing {
		nb.value = parseValue(t, nb.a, nb.b)
	}
	// A range: "5-8", "5~8", "5至8", "5到8". A third part ("2023-12-24",
	// "0551-6299-8822") makes a date or phone number.
	if !nb.missing && !nb.skip {
		c := t.nAt(k)
		sep := 1
		if c == '-' && t.nAt(k+1) == '-' {
			sep = 2 // "0——36月龄"
		}
		if (c == '-' || c == '~' || c == '至' || c == '到') && isDigit(t.nAt(k+sep)) {
			end, d, dot, ver := scanDigits(t, k+sep)
			if ver || isBlankStart(t, end) {
				return nb
			}
			nb.isRange = true
			nb.b = end
			nb.value = parseValue(t, k+sep, end)
			nb.digits, nb.isInt = d, !dot
			if c2 := t.nAt(end); (c2 == '-' || c2 == '~') && isDigit(t.nAt(end+1)) {
				nb.skip = true
				for e := end + 1; e < len(t.n) && (isDigit(t.n[e]) || t.n[e] == '-'); e++ {
					nb.b = e + 1
				}
			}
		}
		if (c == ':' || c == '∶') && isDigit(t.nAt(k+1)) && !nb.isRange && namesRatio(t, i) {
			// "医护比优化至1:1.23", "性别比为111.7:100": one value, the
			// ratio's term other than 1 (or than 100).
			end, _, dot, ver := scanDigits(t, k+1)
			if !ver && !isDigit(t.nAt(end)) && t.nAt(end) != ':' && t.nAt(end) != '∶' {
				first, second := nb.value, parseValue(t, k+1, end)
				nb.b = end
				nb.isInt = !dot
				switch {
				case first == 1 || first == 0:
					nb.value = second
				case second == 1 || second == 100:
					nb.value = first
				default:
					nb.value = first / second
				}
			}
		}
	}
	return nb
}

// maxRatioLead bounds, in runes, how far before a ratio its name's 比 may
// stand ("医护比优化至1:1.23").
const maxRatioLead = 6

// namesRatio reports whether a 比 stands shortly before the number at i
// (a ratio's name: 医护比, 床护比, 性别比), with no other number between.
func namesRatio(t *text, i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxRatioLead; k-- {
		switch {
		case t.n[k] == '比':
			return k+1 < len(t.n) && !isDigit(t.n[k+1]) // "比1:1" is a comparison's
		case isDigit(t.n[k]) || isHardBoundary(t.n[k]):
			return false
		}
	}
	return false
}

// parseValue parses the normalised digits of runes [a,b), dropping
// thousands separators.
func parseValue(t *text, a, b int) float64 {
	var sb strings.Builder
	for _, c := range t.n[a:b] {
		if isDigit(c) || c == '.' {
			sb.WriteRune(c)
		}
	}
	v, err := strconv.ParseFloat(sb.String(), 64)
	if err != nil {
		return 0
	}
	return v
}
