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

// With no class asked, the count of all classes answers, not one class's
// (made-up report).
func TestAllClassesWhenNoneIsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"jikong.txt": "云溪县疾控中心2023年工作总结\n一、传染病防控\n全县报告法定传染病16种,发病3538例,死亡5人。\n乙类传染病报告11种2189例;丙类传染病5种1349例。\n",
	})
	a := ask(t, b, nil, "云溪2023年一共报了多少例法定传染病？")
	if first := firstLine(a.Text); !strings.Contains(first, "3538例") {
		t.Errorf("want all classes' cases, 3538例:\n%s", a.Text)
	}
}
