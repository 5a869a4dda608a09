package bot

import (
	"testing"

	"github.com/healthbot/healthbot/understand"
)

// A passage that holds the measure asked (死亡率) of another indicator (the
// population's death rate) does not mention the indicator asked
// (孕产妇死亡率); one that names it does. Without an indicator read from
// the question, the measure alone is a mention.
func TestAnyMentionsNeedsTheIndicatorAsked(t *testing.T) {
	ids := []string{"maternal_mortality"}
	cases := []struct {
		text string
		ids  []string
		want bool
	}{
		{"全年出生人口4667人，出生率为9.56‰；死亡人口4083人，死亡率为8.36‰。", ids, false},
		{"全县孕产妇死亡率为10.2/10万，婴儿死亡率为3.1‰。", ids, true},
		{"全年出生人口4667人，出生率为9.56‰；死亡人口4083人，死亡率为8.36‰。", nil, true},
	}
	for _, c := range cases {
		if got := anyMentions([]Source{{N: 1, Text: c.text}}, c.ids, "死亡率"); got != c.want {
			t.Errorf("anyMentions(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A question about a size that names no unit ("种了多大面积") is answered
// by any unit of area, and by no count.
func TestAreaAskedIsAnsweredByAnyAreaUnit(t *testing.T) {
	for have, want := range map[string]bool{"万亩": true, "亩": true, "平方米": true, "万平方米": true, "公顷": true, "个": false, "万元": false} {
		if got := unitAnswers(understand.AreaUnit, have); got != want {
			t.Errorf("unitAnswers(area, %q) = %v, want %v", have, got, want)
		}
	}
}

// Trips of a vehicle (辆次, 车次) answer a question asking times (次).
func TestTripsAnswerTimes(t *testing.T) {
	if !unitAnswers("次", "辆次") || !unitAnswers("次", "车次") || unitAnswers("人", "辆次") {
		t.Error("trips misread")
	}
}

// The polite counter of people (16位专家) answers a question counting
// people, as 名 does; it counts no institutions.
func TestPoliteCounterCountsPeople(t *testing.T) {
	if !unitAnswers("人", "位") || !unitAnswers("人", "名") || unitAnswers("家", "位") {
		t.Error("位 misread")
	}
}

// An alias in the question's own words ("住院" of 县域内住院量占比) names the
// indicator as well as its official name; another alias less.
func TestAliasInTheQuestionsWords(t *testing.T) {
	ids := []string{"county_visit_rate"}
	if got := namesIndicator("县域内住院量占比", ids, bigrams("县里住院的病人占多大比例")); got != 0.2 {
		t.Errorf("alias in the question's words scored %v, want 0.2", got)
	}
	if got := namesIndicator("县域内住院量占比", ids, bigrams("县域内就诊率是多少")); got != 0.1 {
		t.Errorf("alias scored %v, want 0.1", got)
	}
	if got := namesIndicator("县域内就诊率", ids, bigrams("县里住院的病人占多大比例")); got != 0.2 {
		t.Errorf("official name scored %v, want 0.2", got)
	}
}

// A label naming a rate's service in a count of people ("开展家庭医生签约
// 服务2000万人") measures the rate's counterpart in people, which the
// catalogue tells apart from the rate, not a doctor count its words share.
func TestCountBesideRate(t *testing.T) {
	if got := labelIndicator("开展家庭医生签约服务", "万人"); got != "family_doctor_signed_people" {
		t.Errorf("开展家庭医生签约服务 in 万人 names %q, want family_doctor_signed_people", got)
	}
	if got := labelIndicator("家庭医生签约服务覆盖率", "%"); got != "family_doctor_signing_rate" {
		t.Errorf("家庭医生签约服务覆盖率 in %% names %q, want family_doctor_signing_rate", got)
	}
}
