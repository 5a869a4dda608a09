package bot_test

import (
	"strings"
	"testing"
)

// A table row named by its place ("怀宁县 乳腺癌累计完成") answers a
// question about that place, and the answer names the place once.
func TestRowOfThePlaceAsked(t *testing.T) {
	cells := []string{
		"市县名", "城市低保数(人)", "目标人群数(按33%比例)", "宫颈癌", "乳腺癌", "累计完成(例)", "完成率(%)", "累计完成(例)", "完成率(%)",
		"全市合计", "900", "300", "290", "96.67%", "310", "100.00%",
		"桐城市", "400", "130", "120", "92.31%", "131", "100.00%",
		"怀宁县", "500", "170", "170", "100.00%", "179", "100.00%",
	}
	b := botOver(t, map[string]string{
		"安庆两癌筛查进度.txt": "安庆市城镇低保适龄妇女两癌免费筛查进度公示\n发布日期: 2022-09-30\n截止9月底,全市共完成宫颈癌筛查290人,各县市区参检人数、开展进度如下:\n\n" +
			strings.Join(cells, "\n\n") + "\n",
	})
	a := ask(t, b, nil, "怀宁县2022年乳腺癌筛查累计做了多少例？")
	if !strings.Contains(a.Text, "179例") || strings.Contains(a.Text, "怀宁县2022年怀宁县") {
		t.Errorf("want 怀宁县's 179例, the place named once: %s", a.Text)
	}
}
