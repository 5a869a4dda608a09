package bot_test

import (
	"strings"
	"testing"
)

// "拿到四级的有几家" counts the hospitals that did so, not the hospitals:
// the catalogue's 医院数 gives way to the label the question's words match,
// 电脑病历 being 电子病历 (made-up news).
func TestInstitutionsThatDidSomething(t *testing.T) {
	b := botOver(t, map[string]string{
		"电子病历.txt":   "湖南省2020年度电子病历系统应用水平分级评价结果公布\n2020年度,湖南省中南大学湘雅医院等36家单位通过电子病历四级,湘潭市中心医院等12家单位通过电子病历五级。\n",
		"上海医疗资源.txt": "上海市2020年卫生资源情况\n2020年末,上海市共有医院380家,其中三级医院52家。\n",
	})
	a := ask(t, b, nil, "湖南2020年那次给医院的电脑病历打分，拿到四级的有几家？")
	if !strings.Contains(a.Text, "36家") {
		t.Errorf("want 36家:\n%s", a.Text)
	}
}
