package bot_test

import (
	"strings"
	"testing"
)

// A list announced by its number and counter before a colon, its items
// run on in one sentence between semicolons, answers a question asking
// for that counter ("哪几个方面"), item by item.
func TestItemsBetweenSemicolons(t *testing.T) {
	b := botOver(t, map[string]string{
		"某市十四五卫生健康规划.txt": "某市“十四五”卫生健康事业发展规划\n二、主要目标\n" +
			"《规划》明确4个方面的主要目标:群众健康水平稳步提高,人均预期寿命达到80岁;疾病防控体系更加健全,监测预警能力明显提升;医疗服务更加优质均衡,县域医共体全面建成;健康产业加快发展,中医药特色更加鲜明。\n",
	})
	a := ask(t, b, nil, "某市十四五卫生规划定了哪几个方面的主要目标？")
	for _, want := range []string{"群众健康水平稳步提高", "疾病防控体系更加健全", "医疗服务更加优质均衡", "健康产业加快发展"} {
		if !strings.Contains(a.Text, "“"+want+"”") {
			t.Errorf("want item %q quoted alone:\n%s", want, a.Text)
		}
	}
}
