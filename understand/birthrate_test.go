package understand

import (
	"slices"
	"testing"
)

// Births counted per thousand people, in speech ("每一千个人里生了几个娃"),
// are the birth rate; births counted alone are the births.
func TestBirthsPerThousandAreTheBirthRate(t *testing.T) {
	for q, want := range map[string]string{
		"天门2019年一年下来，每一千个人里大概生了几个娃？": "birth_rate",
		"去年一年全县生了几个娃？":               "births",
	} {
		if got := QuestionIndicators(q); !slices.Contains(got[:min(1, len(got))], want) {
			t.Errorf("QuestionIndicators(%q) = %v, want %s first", q, got, want)
		}
	}
}

// Lay words that outrank the topic keep the other indicators the question
// names after them, for the unit asked to choose among: "签了多少村民" is
// answered by the people signed, not only the rate the words name first.
func TestSureLayWordsKeepTheOthers(t *testing.T) {
	q := "重庆合川沙鱼镇搞家庭医生签约以来，一共签了多少村民？"
	if got := QuestionIndicators(q); !slices.Contains(got, "family_doctor_signed_people") {
		t.Errorf("QuestionIndicators(%q) = %v, want family_doctor_signed_people among them", q, got)
	}
}
