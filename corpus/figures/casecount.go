package figures

// A report of cases names the kinds of disease once, then counts their
// cases and deaths by a bare measure: "报告法定传染病22种,总病例数37960例,
// 报告总死亡数为75例" counts the cases and deaths of the 法定传染病. Left
// bare, "总病例数" answers no question naming the diseases.

// caseMeasures count the cases of diseases named before them.
var caseMeasures = newWordSet(`总病例数 病例数 总发病数 发病数 发病人数 总死亡数 死亡数 死亡人数 报告总死亡数 报告死亡数 报告病例数 报告发病数`)

// kindsUnits count kinds.
var kindsUnits = map[string]bool{"种": true, "类": true}

// casesOfKinds gives each bare case measure after a count of kinds in the
// sentence the kinds' name: the words of that count's label after its last
// verb ("网络直报系统报告法定传染病" → 法定传染病).
func casesOfKinds(cands []cand) {
	var kinds phrase
	for i := range cands {
		c := &cands[i]
		switch {
		case kindsUnits[c.unit.base] && !c.label.empty():
			kinds = kindsName(c.label)
		case !kinds.empty() && caseMeasures.has(c.label.n) && len(kinds.r)+len(c.label.r) <= maxLabel:
			c.label = joinPhrase(kinds, c.label)
		}
	}
}

// kindsName is a label's tail after its last content verb or 报告; empty
// when that leaves fewer than two runes.
func kindsName(label phrase) phrase {
	from := 0
	for i := range label.n {
		if l := max(contentVerbs.prefix(label.n, i, len(label.n)), reportVerb.prefix(label.n, i, len(label.n))); l > 0 && i+l < len(label.n) {
			from = i + l
		}
	}
	if len(label.n)-from < minSubjectRunes {
		return phrase{}
	}
	return label.slice(from, len(label.n))
}

// reportVerb reports cases.
var reportVerb = newWordSet(`报告 上报 报送`)
