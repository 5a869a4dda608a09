package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// The things counted alone rank below a label of what was done to them,
// and only when such a label is among the candidates.
func TestBareBelowDone(t *testing.T) {
	cand := func(label string) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label}}, score: 1}
	}
	done := []figureCandidate{cand("子项完成"), cand("子项")}
	bareBelowDone(done, "干完", "子项")
	if done[1].score >= done[0].score {
		t.Errorf("子项 %.2f not below 子项完成 %.2f", done[1].score, done[0].score)
	}
	shared := []figureCandidate{cand("成立管理中心"), cand("质控中心")}
	bareBelowDone(shared, "成立", "质控中心")
	if shared[1].score != 1 {
		t.Errorf("质控中心 lowered to %.2f beside another thing's label", shared[1].score)
	}
}
