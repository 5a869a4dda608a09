package bot_test

import (
	"strings"
	"testing"
)

// A first quarter's figure is asked ("今年一季度…门急诊平均要花多少钱"): the
// report of 1～3月 answers it, and the half year's (上半年) is neither the
// answer nor a related number beside it.
func TestQuarterAskedNotAnsweredByTheHalfYear(t *testing.T) {
	b := botOver(t, map[string]string{
		"q1.txt": "某区卫生局关于2019年1～3月公立医院综合改革完成情况的公示\n四、患者次均医药费用\n2019年1～3月，两家区级公立医院门急诊次均费用为252.30元。\n",
		"h1.txt": "某区卫生局关于2019年上半年公立医院综合改革完成情况的公示\n四、患者次均医药费用\n2019年上半年，两家区级公立医院门急诊次均费用为251.08元。\n",
	})
	a := ask(t, b, nil, "某区2019年一季度，两家区级公立医院的门急诊次均费用是多少？")
	if !strings.Contains(a.Text, "252.30") || strings.Contains(a.Text, "251.08") {
		t.Errorf("answer: %s", a.Text)
	}
}

// A half year asked ("2019年上半年…同比增长多少") is answered by the half
// year's report, not by a first quarter's beside it.
func TestHalfAskedNotAnsweredByAQuarter(t *testing.T) {
	b := botOver(t, map[string]string{
		"q1.txt": "某区卫生局关于2019年1～3月公立医院综合改革完成情况的公示\n二、出院者人均费用\n2019年1～3月，两家区级公立医院出院者人均费用7976.88元，同比增长29.55%。\n",
		"h1.txt": "某区卫生局关于2019年上半年公立医院综合改革完成情况的公示\n二、出院者人均费用\n2019年1～6月，两家区级公立医院出院者人均费用8152.46元，同比增长31.21%。\n",
	})
	a := ask(t, b, nil, "某区2019年上半年两家区级公立医院出院者人均费用同比涨了多少？")
	if !strings.Contains(a.Text, "31.21%") || strings.Contains(a.Text, "29.55%") {
		t.Errorf("answer: %s", a.Text)
	}
}
