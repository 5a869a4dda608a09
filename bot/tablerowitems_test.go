package bot_test

import (
	"strings"
	"testing"
)

// A progress table of the province's livelihood projects, saved one cell
// a line: asked which projects there are, the answer is its rows, each
// quoted as one item, what the project is and how far it went (made-up
// table).
func TestListFromTableRows(t *testing.T) {
	b := botOver(t, map[string]string{
		"民生实事进展.txt": "2024年省政府民生实事进展情况(一季度)\n发布机构:某省卫生健康委\n\n" +
			"序号\n\n任务内容\n\n进展情况\n\n" +
			"1\n\n为全省65岁以上老年人免费接种肺炎疫苗\n\n制定下发项目实施方案。\n\n" +
			"2\n\n为全省重点人群免费开展胃癌筛查\n\n已完成12345例筛查\n\n" +
			"3\n\n在学校新增配置急救箱2000个\n\n完成预算编制。\n\n" +
			"4\n\n为全省孕妇免费开展唐氏筛查\n\n制定下发项目实施方案。\n",
	})
	a := ask(t, b, nil, "今年省里卫生方面的民生实事都有哪些？")
	for _, want := range []string{"“为全省65岁以上老年人免费接种肺炎疫苗 | 制定下发项目实施方案。”", "“为全省重点人群免费开展胃癌筛查 | 已完成12345例筛查”", "“在学校新增配置急救箱2000个 | 完成预算编制。”", "“为全省孕妇免费开展唐氏筛查 | 制定下发项目实施方案。”"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("want row %s quoted as one item:\n%s", want, a.Text)
		}
	}
}
