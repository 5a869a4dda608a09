package corpus

import "strings"

// statedYears records which figures of a report had their year written in
// their own sentence, so that the same value restated later without one
// keeps that year instead of the page's (restatedYears).
type statedYears map[Span]bool

// written marks the figure at span as dated by its own sentence.
func (s statedYears) written(span Span) {
	if s != nil {
		s[span] = true
	}
}

// restatedYears dates each actual value a report restates without a year
// by the year its sentence first wrote for it: "2023年西藏孕产妇死亡率为
// 38.63/10万", then "孕产妇死亡率从1951年的5000/10万降至38.63/10万" in news
// published in 2024. Only values precise enough not to recur by chance
// count (a decimal point or three digits): "新建3个" of one year is no
// "新建3个" of another.
func restatedYears(figs []Figure, stated statedYears) {
	type dated struct {
		label string
		year  int
	}
	written := map[string][]dated{} // by value, in text order
	for _, f := range figs {
		if k := restatedKey(f); k != "" && stated[f.Span] && f.Year > 0 {
			written[k] = append(written[k], dated{Normalize(f.Label), f.Year})
		}
	}
	for i, f := range figs {
		k := restatedKey(f)
		if k == "" || stated[f.Span] || f.Kind != KindSummary {
			continue
		}
		label := Normalize(f.Label)
		for _, d := range written[k] {
			// One measure, with or without the place before it ("西藏孕产
			// 妇死亡率", "孕产妇死亡率").
			if strings.HasSuffix(d.label, label) || strings.HasSuffix(label, d.label) {
				figs[i].Year = d.year
				break
			}
		}
	}
}

// restatedKey is an actual figure's value as written, "" for a figure that
// cannot be a restatement: a base, a target, a total over years, a value
// written too roughly.
func restatedKey(f Figure) string {
	if f.Base || f.Target || f.Since > 0 || f.Missing || !preciseValue(f.Raw) || f.Label == "" {
		return ""
	}
	return f.Raw + "|" + f.Unit
}

// preciseValue reports whether raw is written precisely enough to be the
// same fact when it recurs.
func preciseValue(raw string) bool {
	digits := 0
	for _, r := range raw {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	return strings.Contains(raw, ".") || digits >= 3
}
