package bot

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A figure question may name several places ("河南和辽宁去年育儿补贴分别发给
// 了多少人？哪个省多？"): each place's figure is looked up on its own, so
// none answers for another, and the answers are put side by side.

// ownCitation is a source number the extractive answers write ("[2]").
var ownCitation = regexp.MustCompile(`\[(\d+)\]`)

// lookupFigureByPlace answers a figure question naming several places with
// each place's answer in turn, its sources renumbered after the ones
// before, and, when each found a figure in the same unit, which is larger.
func (b *Bot) lookupFigureByPlace(ctx context.Context, question string, f corpus.Filters, names []string) (Answer, error) {
	out := Answer{Intent: IntentFigure, Mode: ModeExtractive, Sources: []Source{}, Figures: []FigureRow{}}
	var parts []string
	var leads []FigureRow
	var leadPlaces []string
	for _, name := range names {
		pf := f
		pf.Place = name
		a, err := b.lookupFigure(ctx, question, pf)
		if err != nil {
			return Answer{}, err
		}
		offset := len(out.Sources)
		text := ownCitation.ReplaceAllStringFunc(a.Text, func(m string) string {
			n, _ := strconv.Atoi(m[1 : len(m)-1])
			return fmt.Sprintf("[%d]", n+offset)
		})
		parts = append(parts, "【"+name+"】"+text)
		for _, s := range a.Sources {
			s.N += offset
			out.Sources = append(out.Sources, s)
		}
		for i, r := range a.Figures {
			r.Source += offset
			out.Figures = append(out.Figures, r)
			if i == 0 && r.Value != nil {
				leads = append(leads, r)
				leadPlaces = append(leadPlaces, name)
			}
		}
		out.Warnings = append(out.Warnings, a.Warnings...)
	}
	text := strings.Join(parts, "\n\n")
	if len(leads) == 2 && len(names) == 2 && leads[0].Unit == leads[1].Unit && *leads[0].Value != *leads[1].Value {
		hi, lo := 0, 1
		if *leads[1].Value > *leads[0].Value {
			hi, lo = 1, 0
		}
		text += fmt.Sprintf("\n\n比较：%s（%s%s）高于%s（%s%s）。", leadPlaces[hi], leads[hi].Raw, leads[hi].Unit, leadPlaces[lo], leads[lo].Raw, leads[lo].Unit)
	}
	out.Text = text
	return out, nil
}
