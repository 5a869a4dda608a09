package bot_test

import (
	"strings"
	"testing"
)

// "总共投多少钱" asks the investment (投资): a plan's total investment
// answers it, among the projects' count (made-up plan).
func TestInvestmentAskedByTheVerb(t *testing.T) {
	b := botOver(t, map[string]string{
		"打算.txt": "城阳区卫生健康局2022年工作打算\n二、进一步提升医疗卫生服务能力。加快推进卫生重点工程建设,2022年拟提报卫生健康类投资项目共6个(将东河卫生院提质增容工程列为2022年基本建设类政府投资备选项目;区中医医院新建项目、西坝卫生院移址新建工程等5个项目列为2022年基本建设类政府投资储备项目),计划总投资12.5亿元;做好人才规划。\n",
	})
	a := ask(t, b, nil, "城阳区2022年卫生项目计划总共投多少钱？")
	if first := firstLine(a.Text); !strings.Contains(first, "12.5亿元") {
		t.Errorf("want the investment planned (12.5亿元):\n%s", a.Text)
	}
}
