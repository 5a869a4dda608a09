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
