package bot_test

import (
	"strings"
	"testing"
)

// A sentence listing two groups' screenings: asked one group's, its list
// alone is quoted (made-up report).
func TestListAskedOfOneGroupQuotesItsClause(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省民生实事.txt": "某省2024年十件民生实事\n二是优化生育支持政策。为超40万名孕妇免费提供地中海贫血、唐氏综合征、严重致死致残结构畸形的产前筛查，为超50万名新生儿免费提供先天性甲状腺功能减低症、蚕豆病、苯丙酮尿症和新生儿听力障碍筛查。\n",
	})
	a := ask(t, b, nil, "某省今年给新生儿免费筛查的都有哪些病？")
	if !strings.Contains(a.Text, "蚕豆病") || strings.Contains(a.Text, "唐氏综合征") {
		t.Errorf("want the newborns' list alone:\n%s", a.Text)
	}
}
