package bot_test

import (
	"strings"
	"testing"
)

// A count of the people of a thing the question names ("高血压患者") answers
// a question counting people about that thing, however many other words
// the question adds ("两慢病免费药…那块").
func TestPeopleOfTheThingNamed(t *testing.T) {
	b := botOver(t, map[string]string{
		"民生实事.txt": "遂昌县2022年民生实事项目\n实施60周岁以上老年人群“两慢病”常用药免费服用供给,和提供服务。\n8000人以上高血压患者\n3000人以上糖尿病患者\n",
	})
	a := ask(t, b, nil, "遂昌2022年两慢病免费药，高血压那块定的目标是多少人？")
	if !strings.Contains(firstLine(a.Text), "8000人") {
		t.Errorf("want 8000人:\n%s", a.Text)
	}
}

// ...also when the question names no counter ("纳入规范管理的有多少").
func TestPeopleOfTheThingNamedWithoutCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "新都区卫生健康局2025年工作总结\n全区9.8万名65岁及以上老年人、8.8万名高血压患者、3.8万名糖尿病患者被纳入规范健康管理。\n",
	})
	a := ask(t, b, nil, "新都区2025年糖尿病人纳入规范管理的有多少？")
	if !strings.Contains(firstLine(a.Text), "3.8万名") {
		t.Errorf("want 3.8万名:\n%s", a.Text)
	}
}
