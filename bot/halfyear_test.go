package bot_test

import (
	"strings"
	"testing"
)

// A whole year asked is not answered by half a year's count: not found,
// saying only half a year's is given; the half asked is answered (made-up
// report).
func TestWholeYearNotAnsweredByHalf(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣城市120.txt": "宣城市紧急救援中心2023年上半年120呼叫数据公布\n2023年上半年,市120指挥调度中心共接听120呼入电话77869次,出车23424次,救治患者21141人。\n",
	})
	a := ask(t, b, nil, "宣城市2023年一整年120出车多少次？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || strings.Contains(a.Text, "23424") {
		t.Errorf("want the whole year not found:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "宣城市2023年上半年120出车多少次？"); !strings.Contains(firstLine(a.Text), "23424") {
		t.Errorf("want the first half's 23424次:\n%s", a.Text)
	}
}

// A whole year asked is not answered by a count over some of its days
// ("1月1日至3月31日"), but by the count over all of them.
func TestWholeYearNotAnsweredByDaysOfIt(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市传染病疫情季报年报.txt": "云溪市首次以季报年报形式发布传染病疫情信息\n据季报称,2004年1月1日至3月31日,本市乙类传染病共报告11种9530例。\n同时公布的年报显示,2004年1月1日至12月31日,本市乙类传染病共报告18种48822例。\n",
	})
	a := ask(t, b, nil, "云溪市2004年一整年乙类传染病报了多少例？")
	if first := firstLine(a.Text); !strings.Contains(first, "48822例") || strings.Contains(first, "9530") {
		t.Errorf("want the whole year's 48822例:\n%s", a.Text)
	}
}
