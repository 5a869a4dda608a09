package bot_test

import (
	"strings"
	"testing"
)

// Projects listed as paragraphs that open with the project's name as a
// sentence of its own ("…工程。旨在…") are the list a question asking for
// the projects gets, each name once.
func TestRunInProjectNames(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市民生工程.txt": "某市卫健局扎实推进民生工程\n发布时间:2022-12-02\n近年来,某市卫健局高度重视民生工程项目落实,高标准完成各项民生工程项目。\n" +
			"婴幼儿照护服务试点示范工程。旨在提升托育机构服务标准和水平。我市打造了3家婴幼儿照护服务机构试点。\n" +
			"14周岁女童免费接种HPV疫苗工程。旨在实施好宫颈癌早预防惠民工程。全市2313名14周岁女童完成接种。\n" +
			"孕妇产前基因免费筛查工程。旨在为全市符合条件的孕妇免费提供产前筛查。\n",
	})
	a := ask(t, b, nil, "某市卫健局2022年的民生工程都有哪些项目？")
	for _, want := range []string{"婴幼儿照护服务试点示范工程", "14周岁女童免费接种HPV疫苗工程", "孕妇产前基因免费筛查工程"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "旨在") {
		t.Errorf("the names alone are the list: %s", a.Text)
	}
}
