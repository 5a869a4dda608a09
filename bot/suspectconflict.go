package bot

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A model may obey an instruction planted in a source and state its number
// ("2023年家庭医生签约率为99% [1]"), and an extract may quote the planted
// sentence. The number is then found only in a suspect passage; when a
// clean passage gives the same indicator (year, place, unit, kind) another
// value, the answer shows both, each with its source, the suspect one
// marked, as the figure look-up does.

// suspectFigureNote marks the value of a suspect passage in the list.
const suspectFigureNote = "（⚠ 出自含可疑指令的资料，不能作为事实）"

// showSuspectConflicts adds to an answer the figures that contradict a
// number only suspect sources give: a list of both values with their
// sources (the clean figure's sentence is added as a source when the
// answer does not cite it yet), the figures' rows, and the conflict
// warning. The answer is unchanged when there is no such number, or no
// clean figure disagrees with it.
func (b *Bot) showSuspectConflicts(ctx context.Context, question string, f corpus.Filters, ans *Answer) {
	only := suspectOnlyNumbers(ans.Text, ans.Sources, question)
	if len(only) == 0 {
		return
	}
	type pair struct {
		suspect, clean corpus.FigureHit
		suspectN       int
	}
	var pairs []pair
	for _, src := range ans.Sources {
		if !src.Suspect {
			continue
		}
		// The suspect passage's own figures that the reply states.
		hits, err := b.search.SearchFigures(ctx, src.Text, f, 20)
		if err != nil {
			b.log.Warn("figure search for a suspect source failed", "err", err)
			return
		}
		for _, s := range hits {
			if !s.Figure.Suspect || s.Ref != src.Ref || !slices.Contains(only, strings.ReplaceAll(s.Figure.Raw, ",", "")) ||
				slices.ContainsFunc(pairs, func(p pair) bool { return p.suspect.Figure.Span == s.Figure.Span && p.suspect.Ref == s.Ref }) {
				continue
			}
			if c, ok := b.cleanDisagreeing(ctx, s, f); ok {
				pairs = append(pairs, pair{s, c, src.N})
			}
		}
	}
	if len(pairs) == 0 {
		return
	}
	var lines, warnings []string
	for _, p := range pairs {
		cs := figureSource(p.clean, len(ans.Sources)+1)
		if n := sameSource(ans.Sources, cs); n > 0 {
			cs.N = n
		} else {
			ans.Sources = append(ans.Sources, cs)
		}
		ans.Figures = append(ans.Figures, figureRow(p.clean.Figure, cs.N), figureRow(p.suspect.Figure, p.suspectN))
		lines = append(lines,
			fmt.Sprintf("%d. %s%s [%d]", len(lines)+1, placePrefix(p.clean), describeFigure(p.clean.Figure), cs.N),
			fmt.Sprintf("%d. %s%s%s [%d]", len(lines)+2, placePrefix(p.suspect), describeFigure(p.suspect.Figure), suspectFigureNote, p.suspectN))
		warnings = append(warnings, fmt.Sprintf("资料之间数字不一致：%s%s [%d]，另有 %s%s [%d]，请核对原文。",
			p.clean.Figure.Raw, p.clean.Figure.Unit, cs.N, p.suspect.Figure.Raw, p.suspect.Figure.Unit, p.suspectN))
	}
	ans.Text += "\n\n资料之间数字不一致：\n" + strings.Join(lines, "\n")
	ans.Warnings = append(warnings, ans.Warnings...)
}

// cleanDisagreeing is the best figure of a clean passage that gives the
// suspect figure's indicator another value (disagree), if there is one.
func (b *Bot) cleanDisagreeing(ctx context.Context, suspect corpus.FigureHit, f corpus.Filters) (corpus.FigureHit, bool) {
	g := f
	g.Years = nil // the suspect figure's year is matched below
	query := suspect.Figure.Label
	if y := suspect.Figure.Year; y > 0 {
		query = yearText(y) + query
	}
	hits, err := b.search.SearchFigures(ctx, query, g, 40)
	if err != nil {
		b.log.Warn("figure search for a clean figure failed", "err", err)
		return corpus.FigureHit{}, false
	}
	for _, h := range hits {
		if !h.Figure.Suspect && disagree(suspect, h) {
			return h, true
		}
	}
	return corpus.FigureHit{}, false
}
