package bot

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

func TestStatedNumberIsNoAnswerAndLabelYearRanks(t *testing.T) {
	cand := func(label, raw string, score float64) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label, Raw: raw, Unit: "项"}}, score: score}
	}
	q := "那40项考核指标，有几项已经够上2030年的目标了？"
	got := withoutStated([]figureCandidate{cand("考核指标中", "40", 2), cand("指标达到2030年本市目标要求", "21", 1)}, q)
	if len(got) != 1 || got[0].hit.Figure.Raw != "21" {
		t.Errorf("withoutStated kept %v", got)
	}
	if got := withoutStated([]figureCandidate{cand("考核指标中", "40", 2)}, q); len(got) != 1 {
		t.Errorf("withoutStated left nothing")
	}
	got = byLabelYear([]figureCandidate{cand("指标达到2022年本市目标要求", "5", 1.2), cand("指标达到2030年本市目标要求", "21", 1)}, q)
	if got[0].hit.Figure.Raw != "21" {
		t.Errorf("byLabelYear put %s first", got[0].hit.Figure.Raw)
	}
}

// Figures beside the answer measure what it measures: people are not
// visits ("6.95万名" beside "2万人次").
func TestSameMeasureKeepsTheCounter(t *testing.T) {
	cand := func(label, raw, unit string) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Figure: corpus.Figure{Label: label, Raw: raw, Unit: unit}}}
	}
	got := sameMeasure([]figureCandidate{cand("老年人享受免费体检服务", "6.95", "万名"), cand("为60岁以上老年人免费体检", "2", "万人次"), cand("老年人免费体检", "7", "万人")}, nil)
	if len(got) != 2 || got[1].hit.Figure.Raw != "7" {
		t.Errorf("same measure: %+v", got)
	}
}

// One sentence's two values of one label are of two scopes ("住院…实际报销
// 比例55.67%，门诊…实际报销比例69.21%"): the other is not listed beside the
// answer as the same figure; a label's own words, all asked, rank it first.
func TestOneSentenceTwoScopes(t *testing.T) {
	s := "住院报销28.59万人次,政策范围内报销比例81.05%,实际报销比例55.67%,门诊报销361.41万人次,实际报销比例69.21%。"
	cand := func(label, raw string) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Ref: "a.txt#1", Figure: corpus.Figure{Label: label, Raw: raw, Unit: "%", Year: 2013, Sentence: s}}}
	}
	got := sameMeasure([]figureCandidate{cand("实际报销比例", "55.67"), cand("实际报销比例", "69.21")}, nil)
	if len(got) != 1 {
		t.Errorf("same measure: %+v", got)
	}
	q := bigrams("新农合住院的实际报销比例")
	if labelPrecision(q, "实际报销比例") <= labelPrecision(q, "政策范围内报销比例") || labelPrecision(q, "医院合计 实有床位") != labelPrecision(q, "医院 实有床位") {
		t.Errorf("label precision")
	}
}

// A reimbursement ratio within the policy's scope and the actual one are
// two measures, not two values of one.
func TestPolicyAndActualRatiosContrast(t *testing.T) {
	if !contrasted("政策范围内报销比例", "实际报销比例") || contrasted("实际报销比例", "实际报销比例") {
		t.Errorf("contrast of 政策范围内 and 实际")
	}
}

// Cases are people: "治愈了多少人" is answered by "治愈266例".
func TestCasesCountPeople(t *testing.T) {
	if !unitAnswers("人", "例") || unitAnswers("人次", "例") {
		t.Errorf("例 answers 人, not 人次")
	}
}

// A bracket's words are the label's own: "社区卫生服务中心" asked ranks
// the centres before "社区卫生服务中心(站)" (centres and stations), the
// same report's other measures are not listed beside it, and its two
// measures are no conflict.
func TestBracketedLabelIsAnotherMeasure(t *testing.T) {
	q := bigrams("福建2017年社区卫生服务中心一共有多少家")
	if labelPrecision(q, "社区卫生服务中心") <= labelPrecision(q, "社区卫生服务中心(站)") {
		t.Errorf("label precision ignores the bracket")
	}
	cand := func(label, raw string) figureCandidate {
		return figureCandidate{hit: corpus.FigureHit{Ref: "a.txt#1", Figure: corpus.Figure{Report: "a.txt#1", Label: label, Raw: raw, Unit: "所", Year: 2017}}}
	}
	cands := []figureCandidate{cand("社区卫生服务中心", "223"), cand("社区卫生服务中心(站)", "676"), cand("社区卫生服务中心", "222")}
	cands[2].hit.Figure.Year = 2016
	if got := sameMeasure(cands, q); len(got) != 2 || got[1].hit.Figure.Raw != "222" {
		t.Errorf("same measure: %+v", got)
	}
	if disagree(cands[0].hit, cands[1].hit) {
		t.Errorf("one report's two measures disagree")
	}
}
