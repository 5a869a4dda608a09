package indicators

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugQ(t *testing.T) {
	debugThreshold = 0.3
	defer func() { debugThreshold = threshold }()
	q := os.Getenv("Q")
	if q == "" {
		t.Skip()
	}
	for _, s := range strings.Split(q, ";") {
		fmt.Printf("%q norm=%q\n", s, string(normalize(s).runes))
		for _, m := range MatchText(s) {
			fmt.Printf("   %.3f %s %s via=%s span=%q\n", m.Score, m.Indicator.ID, m.Indicator.Name, m.Via, s[m.Start:m.End])
		}
	}
}
