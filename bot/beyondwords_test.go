package bot_test

import (
	"strings"
	"testing"
)

// Of two figures of the question's indicator, the one whose label holds
// the words the question adds to the indicator's name ("专门搞公共卫生的机构"
// of 床位) answers, not the bare total; a bigram across two of the name's
// words ("院平" of "住院平均") adds nothing.
func TestWordsBeyondTheIndicatorPickTheKind(t *testing.T) {
	b := botOver(t, map[string]string{
		"某省2023年统计公报.txt": "某省2023年卫生健康事业发展统计公报\n二、卫生资源\n" +
			"2023年末,全省床位41.2万张,比上年增加1.8万张。\n",
		"某省2023年民生统计报告.txt": "某省2023年民生统计报告\n公共卫生服务体系逐步健全。2023年末,全省共有专业公共卫生机构床位1.3万张、卫生人员4.1万人。\n",
	})
	a := ask(t, b, nil, "某省2023年末专门搞公共卫生的机构有多少张床？")
	if first := firstLine(a.Text); !strings.Contains(first, "1.3万张") {
		t.Errorf("want 专业公共卫生机构床位 1.3万张 first:\n%s", a.Text)
	}
}
