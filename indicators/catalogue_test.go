package indicators

import (
	"strings"
	"testing"
)

func TestCatalogue(t *testing.T) {
	all := All()
	if len(all) < 150 {
		t.Fatalf("catalogue has %d indicators, want at least 150", len(all))
	}
	byDomain := map[string]int{}
	for _, ind := range all {
		byDomain[ind.Domain]++
		if got, ok := ByID(ind.ID); !ok || got.Name != ind.Name {
			t.Errorf("ByID(%q) = %v, %v", ind.ID, got.Name, ok)
		}
		if len(ind.Lay) == 0 {
			t.Errorf("%s: no lay wordings", ind.ID)
		}
		if len(ind.NotConfused) == 0 {
			t.Errorf("%s: no look-alikes", ind.ID)
		}
		for _, p := range append(append([]string{ind.Name}, ind.Aliases...), ind.Lay...) {
			if strings.TrimSpace(p) != p || p == "" {
				t.Errorf("%s: phrase %q has spaces or is empty", ind.ID, p)
			}
		}
	}
	if byDomain["经济社会"] < 20 {
		t.Errorf("%d general indicators, want some 20", byDomain["经济社会"])
	}
	t.Logf("%d indicators: %v", len(all), byDomain)
	if _, ok := ByID("no_such_indicator"); ok {
		t.Error("ByID found an unknown id")
	}
}

// TestPhrasesUnambiguous: a normalized phrase that belongs to two indicators
// makes exact hits ambiguous; the data must say which one it means.
func TestPhrasesUnambiguous(t *testing.T) {
	x := get().idx
	owner := map[string]int32{}
	for _, tm := range x.terms {
		s := string(tm.runes)
		if o, ok := owner[s]; ok && o != tm.ind {
			t.Errorf("phrase %q belongs to %s and %s", s, get().list[o].ID, get().list[tm.ind].ID)
		}
		owner[s] = tm.ind
	}
}

// TestOwnPhrases: every indicator's own name and aliases find it first.
func TestOwnPhrases(t *testing.T) {
	for _, ind := range All() {
		for _, p := range append([]string{ind.Name}, ind.Aliases...) {
			ms := MatchText(p)
			if len(ms) == 0 || ms[0].Indicator.ID != ind.ID {
				got := "nothing"
				if len(ms) > 0 {
					got = ms[0].Indicator.ID
				}
				t.Errorf("MatchText(%q) = %s, want %s", p, got, ind.ID)
			}
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{
		"- {id: Bad-Id, name: x, units: [个], domain: 医保, def: d}",
		"- {id: a, name: x, units: [], domain: 医保, def: d}",
		"- {id: a, name: x, units: [个], domain: 天文, def: d}",
		"- {id: a, name: x, units: [个], domain: 医保, def: d}\n- {id: a, name: y, units: [个], domain: 医保, def: d}",
		"- {id: a, name: x, units: [个], domain: 医保, def: d, color: red}",
		"- {id: a, name: x, units: [个], domain: 医保, def: d, whole: b}", // no such whole
		"- {id: a, name: x, units: [个], domain: 医保, def: d, whole: a}", // its own whole
	} {
		if _, err := parseCatalogue([]byte(bad)); err == nil {
			t.Errorf("parseCatalogue(%q): no error", bad)
		}
	}
}
