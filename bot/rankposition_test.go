package bot_test

import (
	"strings"
	"testing"
)

// Asked where one thing ranks, the answer quotes the clause of the scope
// and the thing asked, after what is ranked; the other rank of the same
// sentence (全国's, another indicator's) is no answer and is not quoted.
func TestRankPositionOfTheScopeAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市医改调研.txt": "省卫健委来某市调研医改工作\n9月25日,调研组对某市卫生健康和医改工作的成效予以肯定,某市2024年度医改评价等级为A+,全国排名第26名,省内排名第6名。\n",
		"某区献血通报.txt": "某区无偿献血工作获表彰\n在2024年度全市41个区县无偿献血血液采集情况通报中,千人口献血率排序位居全市第3名,采血量同期比排序位居全市第13名。\n",
	})
	for q, c := range map[string]struct{ want, not string }{
		"某市医改评价在省里排第几？":         {"省内排名第6名", "第26名"},
		"某市医改评价在全国排名多少？":        {"全国排名第26名", "第6名"},
		"某区2024年采血量同期比在区县里排第几？": {"第13名", "第3名"},
	} {
		a := ask(t, b, nil, q)
		if !strings.Contains(a.Text, c.want) || strings.Contains(a.Text, c.not) {
			t.Errorf("%s: want %s and not %s: %s", q, c.want, c.not, a.Text)
		}
	}
}
