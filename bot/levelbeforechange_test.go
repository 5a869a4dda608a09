package bot

import (
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A change's quote leaves out the level written just before it
// ("城镇化率61.61%、提高5.1个百分点"): it states the change, no other value.
func TestChangeQuotedWithoutTheLevelBeforeIt(t *testing.T) {
	f := corpus.Figure{Label: "全疆常住人口城镇化率", Raw: "5.1", Unit: "个百分点", Qualifier: "提高",
		Sentence: "城乡融合发展取得新进步，全疆常住人口城镇化率61.61%、提高5.1个百分点。"}
	for _, q := range []string{figureClause(f), changeClause(f)} {
		if strings.Contains(q, "61.61") || !strings.Contains(q, "提高5.1个百分点") {
			t.Errorf("quote %q", q)
		}
	}
}

// A change's amount written with no measure ("降幅达3.94%") is quoted,
// when how much it changed is asked, with the clause before giving both
// levels; a figure's own quote stays the amount.
func TestBareChangeAmountQuotedWithItsLevels(t *testing.T) {
	f := corpus.Figure{Label: "患者自付比例降幅", Raw: "3.94", Unit: "%", Qualifier: "达",
		Sentence: "实行DRG付费后,患者自付比例由31.83%降至27.89%,降幅达3.94%,个人负担进一步减轻。"}
	if q := changeClause(f); !strings.Contains(q, "由31.83%降至27.89%") || !strings.Contains(q, "3.94%") {
		t.Errorf("change quote %q", q)
	}
	if q := figureClause(f); strings.Contains(q, "31.83") {
		t.Errorf("figure quote %q", q)
	}
	g := corpus.Figure{Label: "门诊量", Raw: "12", Unit: "%", Qualifier: "增长",
		Sentence: "全年门诊量36万人次,同比增长12%,住院人次1.2万。"}
	if q := changeClause(g); strings.Contains(q, "36万") {
		t.Errorf("a level with no start quoted: %q", q)
	}
}

// Changes of one measure against two base years are two changes, never a
// conflict; asked the change against the year before, the other base's
// change is not listed beside it.
func TestChangesAgainstOtherBaseYears(t *testing.T) {
	f := corpus.Figure{Label: "户籍居民期望寿命", Raw: "0.08", Unit: "岁", Qualifier: "比2015年上升", Year: 2016}
	g := corpus.Figure{Label: "户籍居民期望寿命", Raw: "1.56", Unit: "岁", Qualifier: "比2009年提升", Year: 2016}
	if disagree(corpus.FigureHit{Figure: f}, corpus.FigureHit{Figure: g}) {
		t.Error("changes against 2015 and 2009 read as a conflict")
	}
	if againstOtherThanYearBefore(f) || !againstOtherThanYearBefore(g) {
		t.Errorf("against the year before: %v, %v", againstOtherThanYearBefore(f), againstOtherThanYearBefore(g))
	}
}

// A count whose counter was read from the people after it ("390万65岁以上
// 老年人": 万人) is quoted by its clause, as written.
func TestCountWithReadCounterQuotedByItsClause(t *testing.T) {
	f := corpus.Figure{Label: "免费体检的65岁以上老年人", Raw: "390", Unit: "万人",
		Sentence: "高龄津贴惠及130万老年人，为390万65岁以上老年人免费体检。"}
	if q := figureClause(f); strings.Contains(q, "130万") || !strings.Contains(q, "390万65岁以上") {
		t.Errorf("quote %q", q)
	}
}
