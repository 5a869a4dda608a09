package figures

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	key := os.Getenv("DUMP")
	if key == "" {
		t.Skip()
	}
	for _, s := range loadSamples(t)[key] {
		figs := Extract(s)
		if len(figs) == 0 {
			continue
		}
		fmt.Println("##", s)
		for _, f := range figs {
			fmt.Printf("   %-22s raw=%-9q unit=%-6s q=%-10q y=%d miss=%v tgt=%v [%s]\n", f.Label, f.Raw, f.Unit, f.Qualifier, f.Year, f.Missing, f.Target, s[f.Start:f.End])
		}
	}
}
