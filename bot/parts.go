package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
	"github.com/healthbot/healthbot/understand"
)

// minParts is how many parts of a total make an answer about it.
const minParts = 2

// partsAnswer answers a question about a total the reports do not give
// from the parts one report does give, with the catalogue's parts of the
// indicator (专业公共卫生机构: 妇幼保健机构11个、疾病预防控制机构11个 …): of
// the place and year asked, of one document, and saying that the total is
// not written. It reports false when fewer than minParts parts are found.
func (b *Bot) partsAnswer(ctx context.Context, question, id string, f corpus.Filters) (Answer, bool, error) {
	ind, ok := indicators.ByID(id)
	if !ok {
		return Answer{}, false, nil
	}
	parts, need := ind.Parts, minParts
	if len(parts) == 0 {
		// The indicators the catalogue says are part of it (医院床位数 of
		// 医疗卫生机构床位数): one of them, said to be a part, answers
		// better than another place's total.
		parts, need = partIndicators(id), 1
	}
	if len(parts) < need {
		return Answer{}, false, nil
	}
	asked := f.Kind == corpus.KindPlan
	byFile := map[string][]corpus.FigureHit{} // one figure per part, in the catalogue's order
	var files []string
	for _, part := range parts {
		names := strings.Split(part, "/")
		cands, err := b.findFigures(ctx, names[0], understand.Indicators(names[0]), askedOf{unit: understand.AskedUnit(question)}, f, 20)
		if err != nil {
			return Answer{}, false, err
		}
		done := map[string]bool{}
		for _, c := range cands {
			h := c.hit
			switch {
			case done[h.File], f.Place != "" && (!h.PlaceMatch || h.Place != f.Place), len(f.Years) > 0 && !h.YearMatch,
				h.Figure.Base, h.Figure.Missing, h.Figure.Suspect, planned(h.Figure) != asked,
				!slices.Contains(ind.Units, h.Figure.Unit), !labelNamesPart(h.Figure.Label, names):
				continue
			}
			done[h.File] = true
			if _, seen := byFile[h.File]; !seen {
				files = append(files, h.File)
			}
			byFile[h.File] = append(byFile[h.File], h)
		}
	}
	best := ""
	for _, file := range files {
		if len(byFile[file]) > len(byFile[best]) {
			best = file
		}
	}
	found := byFile[best]
	if len(found) < need {
		return Answer{}, false, nil
	}
	ans := Answer{Intent: IntentFigure, Mode: ModeExtractive, Figures: []FigureRow{}}
	var lines []string
	srcOf := map[string]int{} // one source per sentence quoted
	for i, h := range found {
		n, ok := srcOf[h.Figure.Sentence]
		if !ok {
			n = len(ans.Sources) + 1
			srcOf[h.Figure.Sentence] = n
			ans.Sources = append(ans.Sources, figureSource(h, n))
		}
		ans.Figures = append(ans.Figures, figureRow(h.Figure, n))
		lines = append(lines, fmt.Sprintf("%d. %s%s [%d]（原文：“%s”）", i+1, placePrefix(h), describeFigure(h.Figure), n, figureClause(h.Figure)))
	}
	ans.Text = fmt.Sprintf("资料中没有写明%s%s“%s”的总数，只有其中各类的数字：\n", f.Place, yearsText(f.Years), ind.Name) + strings.Join(lines, "\n")
	ans.Warnings = []string{"所列为资料中写明的各类，不一定齐全，相加不一定等于总数。"}
	return ans, true, nil
}

// partIndicators are the catalogue indicators whose whole is id, each as
// its names joined by "/" (医院床位数/医院床位/…), as Parts are written.
func partIndicators(id string) []string {
	var out []string
	for _, ind := range indicators.All() {
		if ind.Whole == id {
			out = append(out, strings.Join(append([]string{ind.Name}, ind.Aliases...), "/"))
		}
	}
	return out
}

// partLabelPrefixes are words a label may open with before the part it
// counts ("其中医院100个", "全市拥有医疗卫生机构…").
var partLabelPrefixes = []string{"其中", "全市", "全县", "全省", "全区", "拥有", "共有", "现有", "有"}

// labelNamesPart reports whether a figure's label is one of the names of a
// part, and nothing more ("医院", not "三级医院" or "医院人员").
func labelNamesPart(label string, names []string) bool {
	l := corpus.Normalize(label)
	for changed := true; changed; {
		changed = false
		for _, p := range partLabelPrefixes {
			if rest, ok := strings.CutPrefix(l, p); ok && rest != "" {
				l, changed = rest, true
			}
		}
	}
	l = strings.TrimSuffix(l, "数")
	for _, name := range names {
		if l == corpus.Normalize(name) {
			return true
		}
	}
	return false
}
