package bot

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// Asked for one hospital of a two-hospital table, the other column's
// figures of the same row, in any year, are left out; a column the
// question names without its one-rune place word (中医院 of 区中医院)
// stays; a question naming neither column keeps both.
func TestAskedColumnKept(t *testing.T) {
	row := func(label, raw string, year int) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label, Raw: raw, Year: year, Sentence: "中药饮片收入占比 | 1.84% | 7.75%"}}}
	}
	cands := []figureCandidate{
		row("中药饮片收入占比 中医院", "10.64%", 2024),
		row("中药饮片收入占比 区中医院", "7.75%", 2020),
		row("中药饮片收入占比 区医院", "1.84%", 2020),
		row("中药饮片收入占比 区医院", "2.26%", 2024),
		row("耗材收入占比 区医院", "7.41%", 2024),
	}
	raws := func(cs []figureCandidate) string {
		var out []string
		for _, c := range cs {
			out = append(out, c.hit.Figure.Raw)
		}
		return strings.Join(out, " ")
	}
	if got := raws(askedColumnKept("平潭中医院的中药饮片收入占比，2020年到2024年变了多少？", cands)); got != "10.64% 7.75% 7.41%" {
		t.Errorf("中医院 asked: kept %s", got)
	}
	if got := raws(askedColumnKept("平潭的中药饮片收入占比是多少？", cands)); got != raws(cands) {
		t.Errorf("no column asked: kept %s", got)
	}
}

// 医院 alone is no column asked: 区医院 is not named by "医院".
func TestColumnAsked(t *testing.T) {
	for _, c := range []struct {
		q, col string
		want   bool
	}{
		{"平潭区医院去年住院几天", "区医院", true},
		{"平潭中医院去年住院几天", "区中医院", true},
		{"平潭中医院去年住院几天", "区医院", false},
		{"医院去年住院几天", "区医院", false},
	} {
		if got := columnAsked(c.q, c.col); got != c.want {
			t.Errorf("columnAsked(%q, %q) = %v", c.q, c.col, got)
		}
	}
}
