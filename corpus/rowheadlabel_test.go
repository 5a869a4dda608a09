package corpus

import "testing"

// A quality disclosure copied as bar-separated lines: its header's last
// column wrapped to a line of its own after two labels of the row names,
// its first row opened by its group's name, a row of ratios among the
// counts, the filing body's 单位 no unit, and the page's 公文生成日期 line
// no title (made-up table).
func TestDisclosureColumnsAfterRowLabels(t *testing.T) {
	text := "- 索 引 号:QZ06119-1003-2021-10041\n- 发布机构:某市卫生健康局\n- 公文生成日期:2021-04-26\n" +
		"某市公立医院质量信息公开指标(2020年第四季度)\n时间:2021-04-26 20:56\n" +
		"| 某市公立医院质量信息公开指标(2020年第四季度) | |||||\n" +
		"| 填报单位: 某市卫生健康局 填报人:张三 联系方式:85684496 | |||||\n" +
		"| 一级指标 | 二级指标 | 某市医院 | 某市中医院 | 某市 安海医院 |\n某市 妇幼保健院 |\n" +
		"| 资源配置 | 门诊人次 | 134663 | 146828 | 55160 | 68149 |\n" +
		"| 出院人次 | 8115 | 4026 | 3529 | 277 | |\n" +
		"| 床医比 | 1:0.41 | 1:0.42 | 1:0.47 | 63/85=1:1.35 | |\n" +
		"| 平均住院天数 | 6.38 | 6.14 | 7.13 | 3.05 | |\n"
	r := Parse("公开.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "某市公立医院质量信息公开指标(2020年第四季度)" {
		t.Errorf("title %q", r.Title)
	}
	want := map[string]float64{"出院人次 某市中医院": 4026, "平均住院天数 某市医院": 6.38, "平均住院天数 某市妇幼保健院": 3.05, "门诊人次 某市安海医院": 55160}
	wantValues(t, r.Figures, want)
}
