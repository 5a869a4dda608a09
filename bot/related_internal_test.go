package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// The figures shown beside the answer leave out another measure whose label
// lacks a word the question asks and the answer's label holds: "概算总投资"
// asked, another project's 估算总投资 is no related figure; the answer's
// own measure in another year, or a measure naming more of the question,
// stays.
func TestRelatedKeptLeavesOutAMeasureLackingTheAskedWord(t *testing.T) {
	cand := func(label, raw string, year int, score float64) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label, Raw: raw, Unit: "万元", Year: year}}, score: score}
	}
	q := bigrams("人民医院搬迁 项目 概算总投资")
	got := relatedKept([]figureCandidate{
		cand("项目概算总投资", "44523", 2024, 0.82),
		cand("项目估算总投资", "2800", 2020, 0.66),
		cand("项目概算总投资", "41000", 2023, 0.80),
		cand("人民医院搬迁项目总投资", "46000", 2022, 0.70),
	}, q)
	var raws []string
	for _, c := range got {
		raws = append(raws, c.hit.Figure.Raw)
	}
	want := []string{"44523", "41000", "46000"}
	if len(raws) != len(want) {
		t.Fatalf("related figures %v, want %v", raws, want)
	}
	for i := range want {
		if raws[i] != want[i] {
			t.Fatalf("related figures %v, want %v", raws, want)
		}
	}
}

// Two wordings of one catalogue indicator are one measure, whatever
// characters one lacks: "每千人床位数" stays beside "千人口床位数".
func TestRelatedKeptKeepsAnIndicatorsOtherWording(t *testing.T) {
	cand := func(label, raw string, score float64) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label, Raw: raw, Unit: "张", Year: 2025}}, score: score}
	}
	got := relatedKept([]figureCandidate{cand("千人口床位数", "7.6", 2.15), cand("每千人床位数", "7.83", 2.03)}, bigrams("千人口床位数"))
	if len(got) != 2 {
		t.Errorf("the other wording of 每千人口床位数 left out: %d figures", len(got))
	}
}
