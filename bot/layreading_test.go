package bot_test

import (
	"strings"
	"testing"
)

// A catalogue indicator read from lay words, with no figure of it, gives
// way to the label the question's own words match (made-up plan).
func TestLayReadingGivesWayToTheWordsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"定西市尘肺病防治方案.txt": "定西市尘肺病防治攻坚行动方案\n到2025年底,涉尘重点行业新增建设项目职业病防护设施“三同时”实施率达到95%以上,用人单位监督检查覆盖率达到90%以上,工伤保险覆盖率达到80%以上。\n",
	})
	a := ask(t, b, nil, "定西那个尘肺病攻坚方案，对涉尘企业的监督检查覆盖率定的目标是多少？")
	if !strings.Contains(firstLine(a.Text), "90%以上") || strings.Contains(firstLine(a.Text), "80%") {
		t.Errorf("want 监督检查覆盖率 90%%以上:\n%s", a.Text)
	}
}

// An indicator named outright stays not found: another figure of the
// question's words is no answer to it.
func TestNamedIndicatorStaysNotFound(t *testing.T) {
	b := botOver(t, map[string]string{
		"嘉定区精神卫生.txt": "嘉定区2021年精神卫生工作总结\n2021年,全区严重精神障碍患者服务管理工作持续推进,在册患者7400人,其中6507人在社区居家进行生活和康复,占到患者总数的87.92%。高危孕产妇管理率达100%。全区3家区级医院达到三级综合医院水平。\n",
	})
	for _, q := range []string{"嘉定区2021年孕产妇死亡率是多少？", "嘉定区2021年居民健康素养水平是多少？"} {
		a := ask(t, b, nil, q)
		if !strings.HasPrefix(a.Text, "资料中没有找到") || len(a.Figures) > 0 {
			t.Errorf("%s: want not found:\n%s", q, a.Text)
		}
	}
}
