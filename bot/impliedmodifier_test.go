package bot_test

import (
	"strings"
	"testing"
)

// A word the indicator itself implies ("住院出院": every discharge is an
// inpatient's) asks no kind of it the text must name (made-up bulletin).
func TestImpliedModifierNoKind(t *testing.T) {
	b := botOver(t, map[string]string{
		"jidu.txt": "2023年第四季度云溪市医疗服务情况\n2023年第四季度,全市医疗卫生机构出院33.71万人次,同比增加15.21%。\n",
	})
	a := ask(t, b, nil, "云溪市2023年第四季度住院出院的有多少人次？")
	if strings.Contains(a.Text, "没有分出") || !strings.Contains(firstLine(a.Text), "33.71万人次") {
		t.Errorf("want the discharges, with no kind asked:\n%s", a.Text)
	}
}

// A target asked ("今年要求…至少要到几个") is no kind of the indicator: the
// planned figure answers with no caveat (made-up meeting news).
func TestTargetWordNoKind(t *testing.T) {
	b := botOver(t, map[string]string{
		"huiyi.txt": "2024年山西省人口监测与家庭发展工作会议召开\n会议强调,积极推进普惠托育服务增量提质,确保完成千人口托位数4.2个以上任务目标。\n",
	})
	a := ask(t, b, nil, "山西省里今年要求每千人口托位至少要到几个？")
	if strings.Contains(a.Text, "没有分出") || !strings.Contains(firstLine(a.Text), "4.2个") {
		t.Errorf("want the target, with no kind asked:\n%s", a.Text)
	}
}
