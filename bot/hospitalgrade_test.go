package bot_test

import (
	"strings"
	"testing"
)

// 二甲 is 二级甲等, a part of the 二级 hospitals: asked for 二甲医院 the
// answer is the 二级甲等 count, not all 二级 hospitals (made-up report).
func TestSecondaryGradeAHospitals(t *testing.T) {
	b := botOver(t, map[string]string{
		"规划.txt": "青川市“十四五”医疗卫生服务体系规划\n一、现状\n截至2020年底,全市共有医院52家,其中三级医院2家、二级医院20家,其中二级甲等医院9家。\n",
	})
	a := ask(t, b, nil, "青川市到2020年底有几家二甲医院？")
	if !strings.Contains(a.Text, "9家") || strings.Contains(a.Text, "为20家") {
		t.Errorf("want 二级甲等医院 9家:\n%s", a.Text)
	}
}
