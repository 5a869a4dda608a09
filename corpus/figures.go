package corpus

import (
	"strings"

	"github.com/healthbot/healthbot/corpus/figures"
)

// extractFigures finds the numeric facts in a report's section texts. Each
// figure takes its year from its sentence when the sentence states one,
// else from its section; its kind is the section's, except that a figure
// phrased as a goal or requirement counts as a target (plan).
func extractFigures(work string, rep *Report) []Figure {
	var out []Figure
	for _, sec := range rep.Sections {
		path := sec.PathString()
		for _, s := range sentences(work, sec.Body) {
			sentence := work[s.Start:s.End]
			for _, f := range figures.Extract(sentence) {
				fig := Figure{
					Label:     f.Label,
					Raw:       f.Raw,
					Value:     f.Value,
					Unit:      f.Unit,
					Qualifier: f.Qualifier,
					Year:      f.Year,
					Kind:      sec.Kind,
					Missing:   f.Missing,
					Target:    f.Target,
					Report:    rep.ID,
					Section:   path,
					Sentence:  strings.TrimSpace(sentence),
					Span:      Span{s.Start + f.Start, s.Start + f.End},
				}
				if fig.Year == 0 {
					fig.Year = sec.Year
				}
				if f.Target {
					fig.Kind = KindPlan
				}
				out = append(out, fig)
			}
		}
	}
	return out
}
