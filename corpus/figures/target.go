package figures

// findTarget returns the first position of a goal word in the sentence
// (see targetWords) or of a deadline opening a clause ("到2025年，…"), or -1.
func findTarget(t *text, years []yearMark) int {
	n := t.n
	for _, y := range years {
		k := y.a - 1
		if y.val == 0 || k < 0 || n[k] != '到' && n[k] != '至' {
			continue
		}
		if k == 0 || isHardBoundary(n[k-1]) || targetWords.suffix(n, 0, k) > 0 {
			return k
		}
	}
	for i := 0; i < len(n); i++ {
		l := targetWords.prefix(n, i, len(n))
		if l == 0 {
			continue
		}
		exc := false
		for k := i - 2; k <= i; k++ {
			if k < 0 {
				continue
			}
			if el := targetExceptions.prefix(n, k, len(n)); el > 0 && k+el > i {
				exc = true
				break
			}
		}
		if !exc {
			return i
		}
		i += l - 1
	}
	return -1
}
