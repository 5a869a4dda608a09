package figures

import (
	"strings"
	"testing"
)

// A generic amount after a colon whose head names a budget ("(一)收入预算:
// …年初预算数1211.02万元") is that budget's; a named amount keeps its own
// label.
func TestBudgetHeadNamesItsAmount(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("(一)收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,事业收入986.92万元。") {
		got[f.Raw] = f.Label
	}
	for raw, want := range map[string]string{"1211.02": "收入预算：预算数", "224.10": "一般公共预算拨款", "986.92": "事业收入"} {
		if got[raw] != want {
			t.Errorf("%s labelled %q, want %q", raw, got[raw], want)
		}
	}
}

// A generic amount under a finance heading is that heading's; under any
// other heading, or a label of its own, it stays as written.
func TestHeadedAmount(t *testing.T) {
	for _, c := range [][3]string{
		{"（一）收入预算", "预算数", "收入预算：预算数"},
		{"(二)支出预算:", "年初预算数", "支出预算：年初预算数"},
		{"（一）单位基本情况", "预算数", "预算数"},
		{"（一）收入预算", "事业收入", "事业收入"},
	} {
		if got := HeadedAmount(c[0], c[1]); got != c[2] {
			t.Errorf("HeadedAmount(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
}

// A colon's head naming the service whose counts follow ("“12320”卫生热
// 线:共呼入电话2331次"), its name in quotation marks, stays in the label:
// the calls are that hotline's.
func TestColonHeadNamingAService(t *testing.T) {
	f := figureOf(t, "“12320”卫生热线:共呼入电话2331次,留言22次。", "2331")
	if !strings.Contains(f.Label, "12320卫生热线") {
		t.Errorf("label %q lacks the hotline", f.Label)
	}
}
