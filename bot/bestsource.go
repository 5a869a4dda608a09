package bot

// maxPickedSources is how many of the best sources are read for the
// sentences a question of advice or shortcomings asks.
const maxPickedSources = 2

// bestSourceSentences are the sentences pick keeps of the first of the
// best sources where it keeps any, in order, each cited by that source: one
// source's account (its advice, its shortcomings), not a mix. ok is false
// when pick keeps none.
func bestSourceSentences(sources []Source, pick func(sents []string) []string) ([]listItem, bool) {
	for _, s := range sources[:min(maxPickedSources, len(sources))] {
		kept := pick(splitSentences(s.Text))
		if len(kept) == 0 {
			continue
		}
		items := make([]listItem, 0, min(len(kept), maxListItems))
		for _, sent := range kept[:min(len(kept), maxListItems)] {
			items = append(items, listItem{sent, s.N})
		}
		return items, true
	}
	return nil, false
}

// sentencesWhere is bestSourceSentences keeping the sentences keep holds
// for: the picks that judge each sentence alone (advice, reasons, parts).
func sentencesWhere(sources []Source, keep func(string) bool) ([]listItem, bool) {
	return bestSourceSentences(sources, func(sents []string) []string {
		var kept []string
		for _, sent := range sents {
			if keep(sent) {
				kept = append(kept, sent)
			}
		}
		return kept
	})
}
