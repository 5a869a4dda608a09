package bot_test

import (
	"strings"
	"testing"
)

// Asked what one hospital did, the answer quotes what it did, not what
// the city's other hospitals did, told after it in the same report.
func TestListOfOneInstitutionLeavesOthersOut(t *testing.T) {
	b := botOver(t, map[string]string{
		"孝感护士节.txt": "我市开展庆祝国际护士节系列活动\n来源:孝感日报\n" +
			"快闪演唱、诗歌朗诵、护理辩论赛……5月11日,孝感市中心医院医护人员聚集一堂,庆祝国际护士节。" +
			"市中医医院举行南丁格尔誓言宣誓、中医护理适宜技术操作展示等活动。" +
			"连日来,我市各大医院开展了国际护士节系列庆祝活动。\n",
	})
	a := ask(t, b, nil, "孝感市中心医院今年过护士节，搞了哪些节目？")
	if !strings.Contains(a.Text, "护理辩论赛") || strings.Contains(a.Text, "中医护理适宜技术") {
		t.Errorf("want the central hospital's activities only: %s", a.Text)
	}
}
