package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A question naming no period: the best match totalling over one ("中医阁
// 132个" over 2021—2025) answers unless a year's figure of its measure
// exists or one of another measure matches nearly as well ("库存疫苗" after
// "累计收到疫苗"); "开设中医特色专科 5个", far behind, never jumps ahead.
func TestPeriodTotalOrYearFigure(t *testing.T) {
	cand := func(label string, since int, score float64) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label, Year: 2025, Since: since}}, score: score}
	}
	for _, c := range []struct {
		name  string
		cands []figureCandidate
		want  string
	}{
		{"far behind", []figureCandidate{cand("中医阁", 2021, 1.95), cand("建成中医馆", 2021, 1.02), cand("开设中医特色专科", 0, 0.79)}, "中医阁"},
		{"nearly as well", []figureCandidate{cand("某县累计收到疫苗", 2020, 0.97), cand("库存疫苗", 0, 0.83)}, "库存疫苗"},
		{"a year's figure of the measure", []figureCandidate{cand("中医阁", 2021, 1.95), cand("新建中医阁", 0, 0.9)}, "新建中医阁"},
	} {
		if got := periodFirst(c.cands, false); len(got) == 0 || got[0].hit.Figure.Label != c.want {
			t.Errorf("%s: first %v, want %s", c.name, got, c.want)
		}
	}
}
