package corpus

import "testing"

// A quality table of two hospitals side by side, its rows in groups named
// in a first column ("资源配置 | 门诊人次 | …") and some rows of ratios
// ("床医比 | 1:0.42 | 1:0.3"): each value is its row's in its hospital's
// column, no ratio row heads the rows below (made-up table).
func TestGroupedRowsAndRatios(t *testing.T) {
	text := "2024年第二季度某县县级公立医院质量信息公开指标 | |||\n一级指标 | 二级指标 | 医疗机构指标完成情况 | |\n县医院 | 县中医院 | ||\n" +
		"资源配置 | 门诊人次 | 80211 | 60320 |\n出院人次 | 6120 | 4101 | |\n床医比 | 1:0.41 | 1:0.3 | |\n床护比 | 1:0.72 | 1:0.4 | |\n" +
		"医疗效率 | 平均住院天数 | 5.71 | 6.33 |\n医疗费用 | 门(急)诊次均费用 | 270.15 | 188.26 |\n住院次均费用 | 5321.4 | 4602.1 | |\n"
	wantLabels(t, Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures,
		map[string]string{"80211": "门诊人次 县医院", "60320": "门诊人次 县中医院", "6.33": "平均住院天数 县中医院", "188.26": "门(急)诊次均费用 县中医院", "5321.4": "住院次均费用 县医院"})
}
