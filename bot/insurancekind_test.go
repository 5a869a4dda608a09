package bot_test

import (
	"strings"
	"testing"
)

// A question on one kind of insurance (居民医保) is not answered by a
// figure whose sentence names only the other (职工医保), by any of their
// names; a sentence naming both keeps its figure (made-up figures).
func TestOtherInsuranceKindInTheSentence(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县DIP结算.txt": "2021年,某县居民医保参与DIP结算的病例数49021个,结付率达93.31%;职工医保参与DIP结算的病例数10149个,结付率为103.65%。\n" +
			"2021年某县参加职工医保的人数为23502人,应参加城乡居民基本医疗保险的人口基数为244797人,实际参保人数为245525人。\n",
	})
	if a := ask(t, b, nil, "某县2021年居民医保按DIP结算，结付率是多少？"); !strings.Contains(a.Text, "93.31%") || strings.Contains(a.Text, "103.65%") {
		t.Errorf("answer %q, want 93.31%% and not the 职工医保 103.65%%", a.Text)
	}
	if a := ask(t, b, nil, "某县2021年城乡居民医保实际参保了多少人？"); !strings.Contains(a.Text, "245525人") {
		t.Errorf("answer %q lacks 245525人", a.Text)
	}
}

// The insured named as a report names them beside each other (城镇职工,
// 城乡居民) are the two kinds of insurance too (made-up figures).
func TestInsuredNamedBesideEachOther(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市医保基金运行.txt": "2021年某市医保基金运行情况\n城镇职工住院率37.24%,次均住院费用9994元。城乡居民住院率20.33%,次均住院费用6594元。\n",
	})
	a := ask(t, b, nil, "某市2021年城乡居民住一次院平均要花多少钱？")
	if !strings.Contains(a.Text, "6594元") || strings.Contains(a.Text, "9994元") {
		t.Errorf("answer %q, want 6594元 and not the 城镇职工 9994元", a.Text)
	}
}
