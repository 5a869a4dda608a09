package bot

import (
	"context"
	"fmt"
	"math"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// answerCompared answers a question comparing two measures ("主动公开的文件
// 比发的公告多几条"): each measure's figure on its own, cited, then their
// difference when both are found in the same unit, said to be worked out
// from them.
func (b *Bot) answerCompared(ctx context.Context, parts []string, whole corpus.Filters, req Request) (Answer, error) {
	answers, err := b.answerParts(ctx, parts, whole, req)
	if err != nil {
		return Answer{}, err
	}
	ans := mergeAnswers(make([]string, len(parts)), answers)
	if d := difference(answers); d != "" {
		ans.Text = d + "\n\n" + ans.Text
	}
	return ans, nil
}

// difference says how much the first answer's figure exceeds or falls
// short of the second's; "" unless both answer with a figure in one unit.
func difference(answers []Answer) string {
	if len(answers) != 2 || answers[0].Intent != IntentFigure || answers[1].Intent != IntentFigure ||
		len(answers[0].Figures) == 0 || len(answers[1].Figures) == 0 {
		return ""
	}
	a, b := answers[0].Figures[0], answers[1].Figures[0]
	if a.Value == nil || b.Value == nil || a.Unit != b.Unit || a.Qualifier != b.Qualifier {
		return ""
	}
	d := *a.Value - *b.Value
	word := "多"
	if d < 0 {
		word = "少"
	}
	return fmt.Sprintf("按资料中的两个数字计算：%s（%s%s）比%s（%s%s）%s%s%s。", a.Label, a.Raw, a.Unit, b.Label, b.Raw, b.Unit, word, formatAmount(math.Abs(d)), a.Unit)
}

// formatAmount writes a difference without trailing zeros ("6", "1.5").
func formatAmount(v float64) string {
	return strconv.FormatFloat(math.Round(v*1e6)/1e6, 'f', -1, 64)
}
