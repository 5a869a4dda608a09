package bot_test

import (
	"strings"
	"testing"
)

// Asked a city's total beds where its report gives only its hospitals'
// beds, and another province's report gives its total, the answer is the
// city's hospital beds, said to be a part, never the province's total.
func TestWholeAskedAnsweredByThePlacesPart(t *testing.T) {
	b := botOver(t, map[string]string{
		"珠海市2023年卫生统计简报.txt": "珠海市2023年卫生健康统计简报\n截至2023年底，珠海市拥有医疗卫生机构5431家，其中医院159家，医院床位69877张。\n",
		"西藏2023年卫生统计年报.txt":  "2023年西藏自治区卫生健康统计年报\n年末全区医疗卫生机构床位20536张，比上年增加812张。\n",
	})
	a := ask(t, b, nil, "珠海市2023年底全市一共有多少张病床？")
	if !strings.Contains(a.Text, "69877张") || !strings.Contains(a.Text, "总数") {
		t.Errorf("answer lacks the city's hospital beds said to be a part: %s", a.Text)
	}
	if strings.Contains(a.Text, "20536") {
		t.Errorf("answer gives another place's total: %s", a.Text)
	}
}
