package corpus

// datedChangeStart is the year a change among figs started when both its
// start and the level it reached had their years written ("从2020年的6.46张
// 增加到2023年的7.23张"), 0 otherwise.
func datedChangeStart(figs []Figure, stated statedYears) int {
	for i, f := range figs {
		if !f.Base || !stated[f.Span] || f.Year == 0 {
			continue
		}
		for _, g := range figs[i+1:] {
			if !g.Base && stated[g.Span] && g.Label == f.Label && g.Year > f.Year {
				return f.Year
			}
		}
	}
	return 0
}
