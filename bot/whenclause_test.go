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
