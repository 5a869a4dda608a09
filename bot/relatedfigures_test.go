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
