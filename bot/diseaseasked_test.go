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

// A class asked by its name alone ("乙类那些传染病") is not answered by the
// total of all classes, though the total's sentence names the class too.
func TestDiseaseClassAskedNotTheTotal(t *testing.T) {
	b := botOver(t, map[string]string{
		"通报.txt": "某省2025年2月法定传染病疫情概况\n2025年2月,全省共报告法定传染病23种59028例,其中乙类、丙类传染病分别报告16种、7种。\n" +
			"28种乙类传染病中,白喉等12种传染病无发病、死亡报告,其余16种传染病共报告发病14434例,报告死亡22人。\n",
	})
	a := ask(t, b, nil, "某省2025年2月乙类那些传染病得病的有多少例？")
	if !strings.Contains(firstLine(a.Text), "14434例") {
		t.Errorf("want 14434例 first:\n%s", a.Text)
	}
}

// A disease asked by its short name ("流感") is found under its full name
// in a bulletin ("流行性感冒112例").
func TestDiseaseAskedByItsShortName(t *testing.T) {
	b := botOver(t, map[string]string{
		"通报.txt": "某市2026年1月份法定传染病疫情通报\n2026年1月,全市共报告法定传染病214例。其中,丙类传染病报告2种,报告发病114例。报告发病数居前三位的病种为:流行性感冒112例、肺结核37例、病毒性肝炎31例。\n",
	})
	a := ask(t, b, nil, "某市2026年1月份流感报了多少例？")
	if !strings.Contains(firstLine(a.Text), "112例") {
		t.Errorf("want 112例 first:\n%s", a.Text)
	}
}
