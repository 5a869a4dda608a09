package bot

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A headline's rounded count ("16万余人") gives way to the body's exact
// one of the same place, year and unit; an exact value far from it, of
// another year or scored far lower does not take its place.
func TestPreciseOverRounded(t *testing.T) {
	cand := func(raw string, value float64, unit, qual string, year int, score float64) figureCandidate {
		return figureCandidate{score: score, hit: corpus.FigureHit{Place: "易县", Figure: corpus.Figure{Label: "家庭医生", Raw: raw, Value: value, Unit: unit, Qualifier: qual, Year: year}}}
	}
	roundedOne := cand("16", 16, "万人", "余", 2019, 2.2)
	cases := []struct {
		name  string
		other figureCandidate
		first string
	}{
		{"exact", cand("164577", 164577, "人", "", 2019, 2.15), "164577"},
		{"far", cand("52546", 52546, "人", "", 2019, 2.15), "16"},
		{"other year", cand("164577", 164577, "人", "", 2018, 2.15), "16"},
		{"scored far lower", cand("164577", 164577, "人", "", 2019, 1.0), "16"},
	}
	for _, c := range cases {
		if got := preciseOverRounded([]figureCandidate{roundedOne, c.other})[0].hit.Figure.Raw; got != c.first {
			t.Errorf("%s: first %s, want %s", c.name, got, c.first)
		}
	}
}

// Passages that quote no minutes do not answer "多少分钟", nor passages
// with no area "多大面积".
func TestQuotesQuantityAskedTimeAndArea(t *testing.T) {
	if quotesQuantityAsked("目前共有14个急救站(点),平均反应时间明显缩短", "分钟") {
		t.Error("counts of stations taken for minutes")
	}
	if !quotesQuantityAsked("平均急救反应时间12.5分钟", "分钟") {
		t.Error("minutes not seen")
	}
	for text, want := range map[string]bool{"建成园区1个": false, "规模种植3.4万余亩": true, "占地面积60.31亩": true, "建筑面积12800平方米": true} {
		if got := quotesQuantityAsked(text, "面积"); got != want {
			t.Errorf("quotesQuantityAsked(%q, area) = %v", text, got)
		}
	}
}

// One catalogue indicator in two wordings is one measure: another place's
// figure of it stays beside the answer however much lower it scores.
func TestRelatedKeepsOneIndicatorInTwoWordings(t *testing.T) {
	cand := func(label, place, raw string, score float64) figureCandidate {
		return figureCandidate{score: score, hit: corpus.FigureHit{Place: place, Ref: place, Figure: corpus.Figure{Label: label, Raw: raw, Unit: "张", Year: 2025}}}
	}
	cands := []figureCandidate{cand("千人口床位数", "山东省", "7.6", 2.25), cand("每千人床位数", "陕西省", "7.83", 1.5)}
	if got := relatedKept(cands, bigrams("千人口床位数")); len(got) != 2 {
		t.Errorf("relatedKept kept %d, want both wordings", len(got))
	}
}

// The start of a change in the clause before the level reached is quoted
// with it for a question about the change.
func TestChangeClauseJoinsTheStartBefore(t *testing.T) {
	f := corpus.Figure{Label: "家庭医生重点人群签约", Raw: "96850", Unit: "人", Year: 2018,
		Sentence: "2018年家庭医生重点人群签约从2017年的76554人,增加到96850人,签约率达到45%。"}
	if got := changeClause(f); !strings.Contains(got, "76554人") || !strings.Contains(got, "96850人") || strings.Contains(got, "45%") {
		t.Errorf("changeClause = %q, want both ends and nothing more", got)
	}
	if got := figureClause(f); strings.Contains(got, "76554人") {
		t.Errorf("figureClause = %q keeps the start", got)
	}
}

// A part named by the figure's own place is said as its whole.
func TestDescribeHitOfPlacePart(t *testing.T) {
	h := corpus.FigureHit{Place: "苏仙区", Figure: corpus.Figure{Label: "确诊病例：其中苏仙区", Raw: "8", Unit: "例", Year: 2020, Kind: corpus.KindSummary}}
	if got := describeHit(h); got != "苏仙区2020年确诊病例为8例（实际完成）" {
		t.Errorf("describeHit = %q", got)
	}
	h.Figure.Label = "卫生机构床位数：其中医院"
	if got := describeHit(h); !strings.Contains(got, "其中医院") {
		t.Errorf("describeHit = %q lost the part", got)
	}
}

// The level a change reached by the end of a year ("提高到2020年末的5.4张")
// is quoted without the start, also in Traditional characters.
func TestFigureClauseElidesTheStartBeforeAYearsEnd(t *testing.T) {
	for _, s := range []string{
		"千人均床位数由2015年的3.74张提高到2020年末的5.4张。",
		"千人均床位數由2015年的3.74張提高到2020年末的5.4張。",
	} {
		f := corpus.Figure{Label: "千人均床位数", Raw: "5.4", Unit: "张", Year: 2020, Sentence: s}
		if got := figureClause(f); strings.Contains(got, "3.74") || !strings.Contains(got, "5.4") {
			t.Errorf("figureClause = %q, want 5.4 without 3.74", got)
		}
	}
}
