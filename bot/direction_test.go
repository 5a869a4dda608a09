package bot_test

import (
	"strings"
	"testing"
)

// Asked which way a measure went ("是往上走还是往下走"), the answer is the
// clause stating its trend, not a table of its figures by year (made-up
// abstract).
func TestDirectionAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"分析.txt": "某县2017—2022年法定传染病流行特征分析\n结果某县2017—2022年共报告法定传染病13862例,年均发病率为384.42/10万,报告发病率呈波动下降趋势。居发病前5位的依次为流感、乙肝、肺结核。结论某县2017—2022年法定传染病发病率有所下降,但仍应强化传染病监测。\n",
	})
	a := ask(t, b, nil, "某县2017到2022年这几年法定传染病发病是往上走还是往下走？")
	if first := firstExtract(a.Text); !strings.Contains(first, "下降") {
		t.Errorf("want the trend stated:\n%s", a.Text)
	}
}
