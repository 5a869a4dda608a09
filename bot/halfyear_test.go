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
