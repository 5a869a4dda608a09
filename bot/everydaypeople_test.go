package bot_test

import (
	"strings"
	"testing"
)

// "老百姓" in a question names whom the work is for, not what it is: a
// section whose heading holds 居民 ("促进居民就业增收") is no answer to how
// the province will let 老百姓 see a doctor near home, and a rate of the
// 群众 (群众安全感率) is no answer to how much 住院 the insurance pays.
func TestEverydayPeopleWordIsNoTopic(t *testing.T) {
	b := botOver(t, map[string]string{"某省2026年政府工作报告.txt": "某省2026年政府工作报告\n三、2026年工作安排\n" +
		"（一）促进居民就业增收\n稳定高校毕业生、农民工等重点群体就业。鼓励青年创新创业。\n" +
		"（二）提升医疗服务能力\n实施医疗卫生强基工程，打造15个紧密型县域医共体升级版，促进优质医疗资源下沉，方便群众就近就医。\n" +
		"（三）平安建设\n群众安全感率99%以上，居民医保政策范围内住院报销比例达70%。\n"})
	a := ask(t, b, nil, "某省2026年在让老百姓就近看病这方面准备怎么干？")
	if !strings.Contains(a.Text, "医共体升级版") || strings.Contains(a.Text, "就业") {
		t.Errorf("near-home care answered with: %s", a.Text)
	}
	a = ask(t, b, nil, "某省2026年老百姓参加居民医保，住院医保大概能给报多少比例？")
	if !strings.Contains(a.Text, "70%") || strings.Contains(a.Text, "99%") {
		t.Errorf("inpatient reimbursement answered with: %s", a.Text)
	}
}
