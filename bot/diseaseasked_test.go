package bot_test

import (
	"strings"
	"testing"
)

// A disease the question names ("手足口病") is not answered by another
// disease's or a class's count ("乙类传染病报告发病742例"); a count whose
// sentence names no disease at all may still be the one asked.
func TestDiseaseAskedNamedNowhere(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "千阳县卫生健康局2023年工作总结\n一、疾病防控\n全年乙类传染病报告发病742例，较上年下降5%。\n",
	})
	a := ask(t, b, nil, "千阳县2023年手足口病报了多少例？")
	if strings.Contains(a.Text, "742") {
		t.Errorf("another class's count given for 手足口病:\n%s", a.Text)
	}
	a = ask(t, b, nil, "千阳县2023年乙类传染病报了多少例？")
	if !strings.Contains(firstLine(a.Text), "742例") {
		t.Errorf("want 742例:\n%s", a.Text)
	}
}
