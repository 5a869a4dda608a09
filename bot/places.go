package bot

import (
	"context"
	"fmt"

	"github.com/healthbot/healthbot/corpus"
)

// A figure question may name several places ("河南和辽宁去年育儿补贴分别发给
// 了多少人？哪个省多？"): each place's figure is looked up on its own, so
// none answers for another, and the answers are put side by side.

// lookupFigureByPlace answers a figure question naming several places with
// each place's answer in turn, its sources renumbered after the ones
// before, and, when each found a figure in the same unit, which is larger.
func (b *Bot) lookupFigureByPlace(ctx context.Context, question string, f corpus.Filters, names []string) (Answer, error) {
	answers := make([]Answer, 0, len(names))
	labels := make([]string, 0, len(names))
	for _, name := range names {
		pf := f
		pf.Place = name
		a, err := b.lookupFigure(ctx, question, pf)
		if err != nil {
			return Answer{}, err
		}
		answers = append(answers, a)
		labels = append(labels, "【"+name+"】")
	}
	out := mergeAnswers(labels, answers)
	out.Intent = IntentFigure
	var leads []FigureRow
	var leadPlaces []string
	for i, a := range answers {
		if len(a.Figures) > 0 && a.Figures[0].Value != nil {
			leads = append(leads, a.Figures[0])
			leadPlaces = append(leadPlaces, names[i])
		}
	}
	text := out.Text
	if len(leads) == 2 && len(names) == 2 && leads[0].Unit == leads[1].Unit && *leads[0].Value != *leads[1].Value {
		hi, lo := 0, 1
		if *leads[1].Value > *leads[0].Value {
			hi, lo = 1, 0
		}
		hiName, loName := leadPlaces[hi], leadPlaces[lo]
		if leads[hi].Year != leads[lo].Year {
			// Figures of different years: say so, the comparison is rough.
			hiName += yearText(leads[hi].Year)
			loName += yearText(leads[lo].Year)
		}
		text += fmt.Sprintf("\n\n比较：%s（%s%s）高于%s（%s%s）。", hiName, leads[hi].Raw, leads[hi].Unit, loName, leads[lo].Raw, leads[lo].Unit)
		if leads[hi].Year != leads[lo].Year {
			text += "两地数字年份不同，仅供参考。"
		}
	}
	out.Text = text
	return out, nil
}
