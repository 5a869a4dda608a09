package bot_test

import (
	"strings"
	"testing"
)

// A row's total column answers a question naming no kind, though a kind's
// column shares more of its words; a later question naming only the kind
// ("公立的是多少") asks the first's measure of it (made-up yearbook table).
func TestTotalColumnUnlessAKindIsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣城市医疗资源.txt": "宣城市医疗资源与服务情况(2022年)\n项目\t合计\t公立医疗机构\t民营医疗机构\n病床使用率(%)\t71.63\t74.75\t63.87\n平均住院日(日)\t8.1\t8.3\t7.2\n",
	})
	a := ask(t, b, nil, "宣城市2022年医疗机构病床使用率多少？公立的是多少？")
	first, rest, _ := strings.Cut(a.Text, "\n\n")
	if !strings.Contains(first, "71.63") || !strings.Contains(rest, "74.75") || strings.Contains(a.Text, "63.87") || strings.Contains(first, "没有找到") {
		t.Errorf("want the total, then the public institutions':\n%s", a.Text)
	}
	if a := ask(t, b, nil, "宣城市2022年民营医疗机构病床使用率多少？"); !strings.Contains(firstLine(a.Text), "63.87") {
		t.Errorf("want the private institutions':\n%s", a.Text)
	}
}

// A report counting all institutions and kinds of them apart answers a
// question naming no kind with all institutions' figure (made-up quarterly
// report).
func TestAllInstitutionsUnlessAKindIsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣城市医疗服务.txt": "宣城市2023年第二季度医疗服务情况\n2023年第二季度,全市医疗卫生机构出院23.64万人次,同比增加17.62%。其中,医院出院15.46万人次,同比增加20.35%;卫生院出院7.47万人次,同比增加12.45%。\n",
	})
	a := ask(t, b, nil, "宣城市2023年二季度出院人次比去年同期涨了多少？")
	if !strings.Contains(firstLine(a.Text), "17.62%") {
		t.Errorf("want all institutions' 17.62%%:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "宣城市2023年二季度医院出院人次比去年同期涨了多少？"); !strings.Contains(firstLine(a.Text), "20.35%") {
		t.Errorf("want the hospitals' 20.35%%:\n%s", a.Text)
	}
}
