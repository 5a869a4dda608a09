package bot_test

import (
	"strings"
	"testing"
)

// A figure labelled with the asked indicator's own name (活产数 for 生了多少个
// 娃) is not passed by a count of another thing beside it that the lay word
// also names (儿童 1941人), made-up report.
func TestIndicatorNameBeforeAnotherCount(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪县妇幼保健计划生育服务中心2023年度报告.txt": "云溪县妇幼保健计划生育服务中心2023年度报告\n（一）基本公共卫生项目\n" +
			"1.0—6岁儿童和孕产妇的健康管理工作2023年全年活产数404人,新生儿访视403人,新生儿访视率99.75%;" +
			"0-36个月儿童1941人,按照月龄接受中医药健康管理服务的0-36个月儿童1753人。\n",
	})
	a := ask(t, b, nil, "云溪县2023年一共生了多少个娃（活产）？")
	if !strings.Contains(firstLine(a.Text), "404人") {
		t.Errorf("want the births, 404人:\n%s", a.Text)
	}
}

// A sibling whose label differs from the indicator's total only by the
// subject the question names ("卫生院诊疗" for 乡镇卫生院…看了多少人次) answers
// before the total (made-up quarterly report).
func TestSiblingNamedBySubject(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪县2024年第一季度医疗服务情况.txt": "云溪县2024年第一季度全县医疗卫生机构医疗服务情况\n一、诊疗人次\n" +
			"1-3月,全县医疗卫生机构总诊疗97.76万人次,同比增加7.05%。\n社区卫生服务中心诊疗1.15万人次,同比下降50%;卫生院诊疗25.20万人次,同比增加16.08%。\n",
	})
	a := ask(t, b, nil, "云溪县2024年乡镇卫生院一共看了多少人次？")
	if !strings.Contains(firstLine(a.Text), "25.20万人次") {
		t.Errorf("want the township health centres' 25.20万人次:\n%s", a.Text)
	}
}
