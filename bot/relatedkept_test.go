package bot_test

import (
	"strings"
	"testing"
)

// Beside the answer, figures of another measure that match the question
// clearly worse are not listed as related: asked the beds a hospital has,
// the beds a project adds are another count (made-up news report).
func TestRelatedFiguresOfAnotherMeasureDropped(t *testing.T) {
	b := botOver(t, map[string]string{
		"xiangmu.txt": "2023年云溪市重点医疗项目建设情况\n云溪市妇女儿童医院新院区于2023年投入使用，医院床位总量达到400张。\n" +
			"云溪市中医院二期扩建工程完工，新增床位300张。\n",
	})
	a := ask(t, b, nil, "云溪市妇女儿童医院2023年总共能放多少张床？")
	if first := firstLine(a.Text); !strings.Contains(first, "400张") {
		t.Fatalf("want the 400 beds:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "300张") {
		t.Errorf("the beds another project adds are listed beside the answer:\n%s", a.Text)
	}
}
