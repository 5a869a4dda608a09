package figures

import "strings"

// shareOfCount gives a share written without its subject ("执业(助理)医师为
// 1534人,占卫生技术人员总数的43.25%") the label of the count in the clause
// before it: the share is that count's part of the whole it names
// ("执业(助理)医师占卫生技术人员总数"), not the whole's.
func shareOfCount(sentence string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], figs[i-1]
		if !strings.HasPrefix(f.Label, "占") || f.Unit != "%" || prev.Label == "" || prev.Unit == "%" || prev.End > f.Start {
			continue
		}
		between := sentence[prev.End:f.Start]
		if strings.ContainsAny(between, "。；;") || !strings.ContainsAny(between, "，,") {
			continue // the share's own sentence or clause names what it is of
		}
		f.Label = prev.Label + f.Label
	}
}
