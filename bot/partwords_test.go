package bot_test

import (
	"strings"
	"testing"
)

// Asked nothing that tells a part ("生了多少个娃"), the whole answers
// (上报出生2425人), not a part after 其中 sharing as many words (二孩出生
// 965人); asked the part ("二孩"), the part does.
func TestWholeUnlessThePartIsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"出生.txt": "某市2021年出生人口\n2022-01-28\n数据显示,2021年,全市共上报出生2425人,同比减少491人。其中:一孩出生1408人,同比减少218人;二孩出生965人,同比减少287人;多孩出生52人。\n",
	})
	a := ask(t, b, nil, "某市2021年一整年生了多少个娃？")
	if first := firstLine(a.Text); !strings.Contains(first, "2425人") {
		t.Errorf("want the whole, 2425人:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某市2021年二孩出生了多少？")
	if first := firstLine(a.Text); !strings.Contains(first, "965人") {
		t.Errorf("want the part asked, 965人:\n%s", a.Text)
	}
}

// A part after 其中 labelled as its whole ("共5件,其中1件由申请人主动撤回")
// answers only a question naming what its sentence says of it.
func TestPartLabelledAsItsWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"年报.txt": "某区卫生健康局2025年政府信息公开工作年度报告\n2025年,我局新收政府信息公开申请17件。本年度因政府信息公开申请引发的行政复议共5件,其中1件由申请人主动撤回。\n",
	})
	a := ask(t, b, nil, "某区卫健局2025年因为信息公开申请被人申请行政复议了几件？")
	if first := firstLine(a.Text); !strings.Contains(first, "5件") {
		t.Errorf("want the whole, 5件:\n%s", a.Text)
	}
	a = ask(t, b, nil, "某区2025年信息公开行政复议里有几件是申请人主动撤回的？")
	if first := firstLine(a.Text); !strings.Contains(first, "1件") {
		t.Errorf("want the part withdrawn, 1件:\n%s", a.Text)
	}
}
