package bot_test

import (
	"strings"
	"testing"
)

// "一共有多少" asks a count: a share of the people asked of ("60周岁至69周岁
// …占老年人口的56.96%") is no answer, however many words it shares.
func TestTotalAskedIsNoShare(t *testing.T) {
	b := botOver(t, map[string]string{
		"余杭区2019年老龄事业统计公报.txt": "余杭区2019年老龄事业统计公报\n截至2019年底,全区60周岁以上老年人口23.34万人,占总人口数的20.09%。" +
			"老年人口数按年龄分组,60周岁至69周岁老年人口13.29万人,占老年人口的56.96%。\n",
	})
	a := ask(t, b, nil, "余杭区2019年底60岁以上的老人一共有多少？")
	if !strings.Contains(a.Text, "23.34万人") || strings.HasPrefix(a.Text, "根据资料，余杭区2019年60周岁至69周岁") {
		t.Errorf("answer: %s", a.Text)
	}
}
