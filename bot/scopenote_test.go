package bot_test

import (
	"strings"
	"testing"
)

// A bracketed note on what a measure leaves out ("(不含中药饮片)") is no
// word of it: "药品收入占比" asks that row, not a shorter row sharing 收入占比.
func TestScopeNoteIsNoWordOfTheMeasure(t *testing.T) {
	b := botOver(t, map[string]string{
		"指标.txt": "2024年第二季度德化县县级公立医院质量信息公开指标 | |||\n一级指标 | 二级指标 | 医疗机构指标完成情况 | |\n县医院 | 县中医院 | ||\n资源配置 | 门诊人次 | 87685 | 62941 |\n医疗收入结构 | 药品收入(不含中药饮片)占比 | 23.76% | 25.28% |\n中药饮片收入占比 | 0.37% | 5.43% | |\n耗材收入占比 | 10.23% | 4.62% | |\n检查化验收入占比 | 33.19% | 25.91% | |\n",
	})
	a := ask(t, b, nil, "德化县中医院2024年二季度药品收入占比是多少？")
	if !strings.Contains(firstLine(a.Text), "25.28%") {
		t.Errorf("want 25.28%%:\n%s", a.Text)
	}
}
