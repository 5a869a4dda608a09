package bot_test

import (
	"strings"
	"testing"
)

// The figures shown beside the answer are of the measure asked: asked for
// the township health centres' beds, the hospitals' beds and all beds of
// the same year are not listed as related.
func TestRelatedFiguresOfTheMeasureAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"2020.txt": "陕西省2020年卫生健康事业发展统计公报\n2.床位。全省实有床位数272424张,较上年增加了6610张。其中:医院病床较上年增加了3444张,现为219299张;卫生院病床较上年减少了358张,现为35972张;妇幼保健机构较上年增加了1447张,现为9521张。\n",
	})
	a := ask(t, b, nil, "陕西2020年乡镇卫生院的病床一共多少张？")
	if !strings.Contains(a.Text, "35972") {
		t.Fatalf("want the health centres' beds: %s", a.Text)
	}
	if strings.Contains(a.Text, "219299") || strings.Contains(a.Text, "272424") {
		t.Errorf("another measure of the same year shown as related: %s", a.Text)
	}
}

// A sentence that gives a measure's parts before the whole ("城市居民…
// 农村居民…") answers a question about the whole with the whole.
func TestWholeMeasureBeforeItsParts(t *testing.T) {
	t.Parallel()
	b := botOver(t, map[string]string{
		"suyang.txt": "国家卫生健康委：2022年全国居民健康素养水平达到27.78%\n2022年城市居民健康素养水平为31.94%，农村居民健康素养水平为23.78%，2022年我国居民健康素养水平达到27.78%，比2021年提高2.38个百分点。\n",
	})
	a := ask(t, b, nil, "全国2022年老百姓的健康素养水平到多少了？")
	head, _, _ := strings.Cut(a.Text, "\n")
	if !strings.Contains(head, "27.78%") {
		t.Fatalf("want the whole country's 27.78%% first: %s", a.Text)
	}
}

// The parts of a measure (乙类, 丙类) are not listed as related beside the
// whole asked: they are other measures a reader would take for answers.
func TestPartsNotListedBesideTheWhole(t *testing.T) {
	t.Parallel()
	b := botOver(t, map[string]string{
		"yuebao.txt": "2024年10月全国法定传染病疫情概况\n2024年10月（2024年10月1日0时至10月31日24时），全国（不含香港、澳门特别行政区和台湾地区，下同）共报告法定传染病563572例，死亡2187人。其中，乙类传染病共报告发病300134例，死亡2179人。丙类传染病共报告发病263438例，死亡8人。\n",
	})
	a := ask(t, b, nil, "2024年10月全国一共报了多少例法定传染病？")
	if !strings.Contains(a.Text, "563572") {
		t.Fatalf("want the 563572 cases: %s", a.Text)
	}
	if strings.Contains(a.Text, "300134") || strings.Contains(a.Text, "263438") {
		t.Errorf("a part of the measure listed as related: %s", a.Text)
	}
}
