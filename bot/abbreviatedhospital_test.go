package bot_test

import (
	"strings"
	"testing"
)

// A hospital asked by its short name ("云大二院") is answered by the figure
// whose sentence names it, not by the count of the list it stands in
// (made-up news).
func TestHospitalByItsShortName(t *testing.T) {
	b := botOver(t, map[string]string{
		"国自然2025.txt": "2025年国自然资助结果出炉\n2025年国家自然科学基金评审结果公布,我们汇总整理出120余家医院“国自然”资助项目数据。排名第二的依旧是云溪大学附属第二医院(以下简称“云大二院”),今年共获得217个项目资助。\n",
	})
	a := ask(t, b, nil, "云大二院2025年国自然一共中了多少个项目？")
	if !strings.Contains(firstLine(a.Text), "217个") {
		t.Errorf("want the hospital's 217个:\n%s", a.Text)
	}
}
