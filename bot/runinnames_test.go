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

// Items named by their run-in ordinal alone ("一是开设急诊社区卫生服务中
// 心。推进…") under a headline asking for them are the list, whatever each
// name ends in.
func TestRunInOrdinalItems(t *testing.T) {
	b := botOver(t, map[string]string{
		"05_jiangning_shishi_2025.txt": "某区今年关于医疗卫生方面的民生实事有哪些?\n" +
			"一是开设急诊社区卫生服务中心。推进方山和上坊2个社区卫生服务中心开设急诊,实现全区23家社区卫生服务中心急诊全覆盖。\n" +
			"二是建设基层慢病筛防中心。年内建成2家市级及以上基层慢病筛防中心,提高基层慢病管理服务水平。\n" +
			"三是建设某区老年医院。推进老年医院建设,项目占地面积约11.4亩。\n",
	})
	a := ask(t, b, nil, "某区2025年医疗卫生方面的民生实事都有哪几件？")
	for _, want := range []string{"开设急诊社区卫生服务中心", "建设基层慢病筛防中心", "建设某区老年医院"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want %s: %s", want, a.Text)
		}
	}
}
