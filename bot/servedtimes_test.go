package bot_test

import (
	"strings"
	"testing"
)

// People served once each are counted in 人次 by the reports: asked how
// many were served, the count in 人次 answers, and not another service's
// beside it (made-up completion report).
func TestPeopleAnsweredByTimesServed(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣城市民生实事.txt": "宣城市2024年民生实事项目完成情况\n(二)已完成适龄女生免费接种HPV疫苗2790人次、结直肠癌筛查30226人次、新建儿童健康管理中心7家。\n",
	})
	a := ask(t, b, nil, "宣城市2024年免费给多少女孩打了宫颈癌疫苗？")
	if !strings.Contains(firstLine(a.Text), "2790") || strings.Contains(a.Text, "30226") {
		t.Errorf("want 2790人次 alone:\n%s", a.Text)
	}
}
