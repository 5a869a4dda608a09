package bot_test

import (
	"strings"
	"testing"
)

// A class of notifiable diseases asked ("乙类传染病报了多少例") is answered by
// that class's count, not by the total of all classes beside it (made-up
// monthly bulletin).
func TestClassOfDiseasesAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"yiqing.txt": "云溪市2025年1月法定传染病疫情概况\n2025年1月,全市共报告法定传染病发病86258例,死亡112例。\n" +
			"2025年1月,乙类传染病共报告发病7591例,较上月(7249例)上升4.72%;丙类传染病共报告发病78667例。\n",
	})
	a := ask(t, b, nil, "云溪2025年1月乙类传染病报了多少例？")
	if first := firstLine(a.Text); !strings.Contains(first, "7591例") {
		t.Errorf("want the class B cases, 7591例:\n%s", a.Text)
	}
}
