package understand

import (
	"slices"
	"strings"
	"testing"
)

// A lay phrase with several official terms is put in the words of the
// label it is matched against: "派出去" is 派车 for 急救派车, 出车 for 出车.
func TestSubstituteForLabel(t *testing.T) {
	topic := Topic("淮南今年国庆那八天救护车一共派出去多少次？")
	for label, want := range map[string]string{"急救派车": "派车", "平均每天急救出车": "出车", "": "出车"} {
		if got := SubstituteFor(topic, label); !strings.Contains(got, want) {
			t.Errorf("SubstituteFor(%q, %q) = %q, want %s in it", topic, label, got, want)
		}
	}
}

// The lay phrases of a topic word are found longest first, each with its
// official terms.
func TestLayPhrases(t *testing.T) {
	got := LayPhrases("对外公开把关")
	if len(got) != 2 || got[0].Lay != "对外公开" || got[1].Lay != "把关" {
		t.Fatalf("LayPhrases = %+v, want 对外公开 then 把关", got)
	}
	if !slices.Contains(got[1].Terms, "审核") {
		t.Errorf("把关 stands for %v, want 审核 among them", got[1].Terms)
	}
}
