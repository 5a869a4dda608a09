package bot_test

import (
	"strings"
	"testing"
)

// The place a question names decides whose figures and passages answer it:
// the asked place's, or "not found for that place", never another's.

func TestFigureOfTheAskedPlace(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "南陵县2023年家庭医生签约率是多少？")
	if !strings.Contains(a.Text, "50.2%") || !strings.Contains(a.Text, "南陵县") {
		t.Errorf("answer: %s", a.Text)
	}
}

func TestFigureOfAPlaceWithoutIt(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "阜阳市2023年家庭医生签约率是多少？")
	if strings.Contains(a.Text, "50.2") || len(a.Figures) != 0 {
		t.Errorf("another place's figure given for 阜阳市: %s", a.Text)
	}
	if !strings.Contains(a.Text, "没有找到阜阳市") || !strings.Contains(a.Text, "南陵县") {
		t.Errorf("the answer should say 阜阳市 has none and which place has: %s", a.Text)
	}
}

func TestPassagesOfAPlaceNotInTheReports(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "广州市去年在慢性病防控方面做了哪些工作？")
	if !strings.Contains(a.Text, "没有找到广州市") || len(a.Sources) != 0 {
		t.Errorf("a place with no reports answered from others: %s (%d sources)", a.Text, len(a.Sources))
	}
}

func TestListUnderItsHeading(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "南陵县去年健全公共卫生体系方面做了哪些工作？")
	// The items under "(三)健全公共卫生体系" in order, all from one source.
	first, second := strings.Index(a.Text, "健全疾病预防控制体系"), strings.Index(a.Text, "全年报告传染病病例8350例")
	if first < 0 || second < first {
		t.Errorf("items under the heading not quoted in order: %s", a.Text)
	}
	if len(a.Sources) == 0 || strings.Count(a.Text, "[1]") < 3 {
		t.Errorf("want at least 3 items of the heading's source: %s", a.Text)
	}
}
