package bot

import (
	"strings"
	"testing"
)

// A second question too short to say what it asks of ("涉及多少钱") is
// asked of the context the first opens with.
func TestCompoundSharesItsLead(t *testing.T) {
	parts := splitCompound("广东省2018年那次重大政策措施跟踪审计，一共查出多少个问题、涉及多少钱？")
	if len(parts) != 2 {
		t.Fatalf("parts %q, want two", parts)
	}
	if !strings.Contains(parts[1], "跟踪审计") || !strings.Contains(parts[1], "涉及多少钱") {
		t.Errorf("second part %q, want the audit asked of", parts[1])
	}
}
