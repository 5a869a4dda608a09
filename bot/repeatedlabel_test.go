package bot_test

import (
	"strings"
	"testing"
)

// A question repeating a figure's label ("医院、卫生院的床位数" for
// 医院、卫生院拥有床位) asks that figure, though the indicator catalogue reads
// the two wordings as different indicators (乡镇卫生院床位数, 床位总数).
func TestRepeatedLabelIsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"发展.txt": "新疆卫生健康事业发展综述\n2021年,全区医疗卫生机构1.9万个,医院、卫生院拥有床位16.05万张,卫生技术人员16.32万人,分别较2012年增长45.63%、43.83%。\n",
	})
	a := ask(t, b, nil, "新疆医院、卫生院的床位数跟2012年比涨了多少？")
	first := strings.SplitN(a.Text, "\n", 2)[0]
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(first, "45.63%") {
		t.Errorf("want the beds' change, 45.63%%:\n%s", a.Text)
	}
	a = ask(t, b, nil, "新疆医院、卫生院的床位有多少张？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.Contains(first, "16.05万张") {
		t.Errorf("want the beds, 16.05万张:\n%s", a.Text)
	}
}
