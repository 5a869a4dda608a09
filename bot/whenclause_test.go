package bot_test

import (
	"strings"
	"testing"
)

// A sentence running through a policy's years: asked the year of one step,
// its clause is quoted, not the other steps' years (made-up report).
func TestYearAskedQuotesItsStep(t *testing.T) {
	b := botOver(t, map[string]string{
		"签约服务研究.txt": "家庭医生签约服务发展研究\n我国从2010年开始试点家庭医生签约服务,2017年家庭医生签约服务在全国全面推开,2021年基本实现重点人群签约服务全覆盖,成效明显。\n",
	})
	a := ask(t, b, nil, "家庭医生签约服务在全国全面推开是哪一年？")
	if !strings.Contains(a.Text, "2017年") || strings.Contains(a.Text, "2010年") || strings.Contains(a.Text, "2021年") {
		t.Errorf("want the clause of the step asked alone:\n%s", a.Text)
	}
}

// Asked on which day a rule took effect, the clause that says from when it
// holds is quoted, not the clause dating the plan it came from (made-up
// report).
func TestDayAskedQuotesTheStart(t *testing.T) {
	b := botOver(t, map[string]string{
		"法治报告.txt": "青州市卫生健康委2020年法治政府建设工作报告\n按照市政府2020年度立法工作计划,组织做好《青州市公共场所急救设备管理办法》起草工作,经市政府常务会议审议通过,于2021年3月1日起实施。\n",
	})
	a := ask(t, b, nil, "青州那个公共场所急救设备的管理办法，定的是哪天开始施行？")
	if !strings.Contains(a.Text, "2021年3月1日起实施") || strings.Contains(a.Text, "立法工作计划") {
		t.Errorf("want the clause of the start alone:\n%s", a.Text)
	}
	a = ask(t, b, nil, "青州那个公共场所急救设备的管理办法，从什么时候开始施行？")
	if !strings.Contains(a.Text, "2021年3月1日起实施") || strings.Contains(a.Text, "立法工作计划") {
		t.Errorf("want the clause of the start alone:\n%s", a.Text)
	}
}

// A notice's signature and date is no sentence to quote: asked from which
// day a service stops, the sentence saying so ("于2020年12月21日起暂停…
// 办理") is quoted, not the signature that dates the notice (made-up
// notice).
func TestNoticeSignatureNotQuoted(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县暂停健康证.txt": "某县疾控中心关于暂停办理健康证的公告\n某县人民政府网站12月18日发布某县疾控中心17日作出的《某县疾控中心关于暂停办理健康证的公告》。\n" +
			"近期,疫情防控形势发生了重大变化,为切实做好冬春疫情防控工作,避免人群聚集,防止交叉传染,有效保护群众的生命和健康安全,按照上级部门相关要求,我中心于2020年12月21日起暂停从业人员健康证办理工作,具体恢复办理时间另行通知。\n" +
			"某县疾病预防控制中心2020年12月17日\n",
	})
	a := ask(t, b, nil, "某县疾控这回从哪天开始停办健康证？").Text
	if !strings.Contains(a, "12月21日起暂停") || strings.Contains(a, "“某县疾病预防控制中心2020年12月17日”") {
		t.Errorf("want the start quoted, not the signature: %s", a)
	}
}
