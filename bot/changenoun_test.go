package bot_test

import (
	"strings"
	"testing"
)

// A change named as a noun ("执业(助理)医师增幅为2.05%") answers how much the
// measure rose, not its level (made-up analysis).
func TestChangeNamedAsANoun(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪省卫生资源分析.txt": "云溪省2019年卫生资源统计分析\n2019年末,全省卫生技术人员41.2万人,其中执业(助理)医师15.3万人,注册护士18.1万人。其中执业(助理)医师增幅为2.15%;注册护士增幅为2.74%。\n",
	})
	a := ask(t, b, nil, "云溪省2019年执业（助理）医师比上年涨了多少？")
	if !strings.Contains(firstLine(a.Text), "2.15%") {
		t.Errorf("want the 增幅 2.15%%:\n%s", a.Text)
	}
}
