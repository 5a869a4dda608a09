package corpus

import (
	"strings"
	"testing"
)

// A page saved as one line ("当前位置：首页…通知 时间：2018-08-08 11:36 微信
// 微博 QQ空间 岚卫医政〔2018〕233号 …") loses its breadcrumb, stamp and
// buttons, not its text; a breadcrumb line alone still goes whole.
func TestBreadcrumbLineRunningIntoTheText(t *testing.T) {
	body := "平潭综合实验区卫生和计划生育局关于印发实施方案的通知。三、工作目标到2020年，全区医养结合机构达到5家。" + strings.Repeat("坚持保障基本、分类实施，整合医疗和养老服务资源。", 10)
	line := "当前位置： 首页政务公开重点领域信息公开医疗卫生 关于印发实施方案的通知 时间：2018-08-08 11:36 微信 微博 QQ空间 " + body
	work, _ := cleanText(line + "\n")
	if got := strings.TrimSpace(work); got != body {
		t.Errorf("cleaned to %q, want the text after the buttons", got)
	}
	crumb := "当前位置：首页 > 政务公开 > 医疗卫生 2018-08-08 11:36\n"
	if work, _ := cleanText(crumb); strings.Contains(work, "政务公开") {
		t.Errorf("a breadcrumb alone kept: %q", work)
	}
	r := Parse("t.txt", line+"\n", Meta{}, Options{}).Reports[0]
	found := false
	for _, f := range r.Figures {
		found = found || f.Raw == "5"
	}
	if !found {
		t.Errorf("no figure read from the text after the breadcrumb: %+v", r.Figures)
	}
}
