package figures

// findTarget returns the first position of a goal word in the sentence
// (see targetWords) outside quotes and titles or of a deadline opening a clause ("到2025年，…"), or -1.
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
	quoted := 0
	for i := 0; i < len(n); i++ {
		switch n[i] {
		case '“', '《', '「', '『':
			quoted++
		case '”', '》', '」', '』':
			if quoted > 0 {
				quoted--
			}
		}
		l := targetWords.prefix(n, i, len(n))
		if l == 0 || quoted > 0 {
			// A goal word inside a name ("三项计划", 《行动计划》) sets no goal.
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
