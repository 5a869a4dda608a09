package bot_test

import (
	"strings"
	"testing"
)

// Staff say 私立医院 for what the statistics call 民营医院: the private
// hospitals' share answers, not the public ones' beside it (made-up
// bulletin).
func TestPrivateHospitalIsMinying(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪省医院服务.txt": "云溪省2022年医院服务情况\n2022年,公立医院诊疗人次3.19亿(占医院总诊疗人次的83.4%),民营医院诊疗人次0.63亿(占医院总诊疗人次的16.6%)。\n",
	})
	a := ask(t, b, nil, "2022年云溪省老百姓上私立医院看病的，占所有医院看病人次的多少？")
	if !strings.Contains(firstLine(a.Text), "16.6%") {
		t.Errorf("want the private hospitals' 16.6%%:\n%s", a.Text)
	}
}
