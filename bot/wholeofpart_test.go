package bot_test

import (
	"strings"
	"testing"
)

// A part asked (医院床位) that no report gives, where a report gives its
// whole (医疗卫生机构床位), is answered with the whole, said first to be
// not the number asked; with the part given, the part answers.
func TestWholeGivenForAPartNotGiven(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "汉中市2021年卫生健康事业发展情况\n2021年末,全市卫生机构床位数共计27219张,比2020年多了1571张。\n",
	})
	a := ask(t, b, nil, "汉中2021年医院病床有多少张？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(a.Text, "医院床位数") || !strings.Contains(a.Text, "27219张") {
		t.Errorf("want the part not found, then the whole:\n%s", a.Text)
	}
	b = botOver(t, map[string]string{
		"report.txt": "汉中市2021年卫生健康事业发展情况\n2021年末,全市卫生机构床位数共计27219张,其中医院床位21035张。\n",
	})
	a = ask(t, b, nil, "汉中2021年医院病床有多少张？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(firstLine(a.Text), "21035张") {
		t.Errorf("want the hospitals' beds:\n%s", a.Text)
	}
	// A change asked: the whole's change, in percent too.
	b = botOver(t, map[string]string{
		"report.txt": "东西湖区政府工作报告\n过去五年,13家基层医疗机构全面提档,医疗机构床位达到5300张,增加40%。\n",
	})
	a = ask(t, b, nil, "东西湖这五年医院床位涨了多少？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || !strings.Contains(a.Text, "40%") {
		t.Errorf("want the part not found, then the whole's change:\n%s", a.Text)
	}
}
