package corpus

import "testing"

// A budget statement's account of the unit (its staff, "在职实有81人") is of
// the budget's year; a final account's is of its own year too, and a work
// plan's review stays the year before (made-up documents).
func TestBudgetStatementDescribesItsOwnYear(t *testing.T) {
	budget := "云溪市疾病预防控制中心2021年部门预算及“三公”经费预算公开说明\n一、部门概况\n1.部门主要职能:\n负责全市疾病预防控制工作。\n2.部门人员构成:\n中心事业编制人数91人,在职实有81人,离休人员1人。\n二、部门预算公开报表及预算安排说明\n2021年收入预算1200万元。\n"
	r := Parse("yusuan.txt", budget, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Label == "在职实有" && f.Year != 2021 {
			t.Errorf("在职实有 dated %d, want 2021 (the budget's year)", f.Year)
		}
	}
	found := false
	for _, f := range r.Figures {
		found = found || f.Label == "在职实有"
	}
	if !found {
		t.Errorf("no 在职实有 figure: %+v", r.Figures)
	}
}

// A performance-target form is of the year under its name, its targets
// that year's, not the next (made-up form).
func TestTargetFormOfItsYear(t *testing.T) {
	text := "（1）项目名称:基本公共卫生服务项目\n（2）实施主体:云溪县卫生健康委员会。\n（3）年度预算安排:2279.048万元。\n" +
		"项目支出绩效目标申报表\n(2024 年度)\n| 项目名称 | 国家基本公共卫生服务项目 |\n| 适龄儿童国家免疫规划疫苗接种率 | ≧90% |\n"
	r := Parse("jixiao_2024.txt", text, Meta{}, Options{}).Reports[0]
	if r.PlanYear != 2024 {
		t.Errorf("plan year %d, want 2024", r.PlanYear)
	}
}
