package corpus

import "testing"

// A press conference on this year's projects, with no date of its own but
// the year whose results it builds on: the text is of the year after, and
// its projects are plans ("有关部署情况" in its title, "发布了十件实事").
func TestTextBuildingOnLastYearsResults(t *testing.T) {
	text := "10件为民服务实事——国家卫生健康委新闻发布会介绍为民服务实事有关部署情况\n" +
		"国家卫生健康委于2月12日召开新闻发布会。\n" +
		"为巩固拓展2025年卫生健康系统为民服务实事成效，国家卫生健康委决定2026年继续组织实施一批为民服务实事项目。近日，公开发布了十件实事具体措施。十件实事主要有：\n" +
		"一是新增1000家乡镇卫生院提供儿童常见病诊疗服务；\n二是新增110个县提供心理门诊服务；\n"
	r := Parse("fabuhui.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2026 || r.PlanYear != 2026 {
		t.Errorf("year %d, plan year %d; want 2026, 2026", r.Year, r.PlanYear)
	}
	found := false
	for _, f := range r.Figures {
		if f.Raw == "110" {
			found = true
			if f.Year != 2026 || f.Kind != KindPlan {
				t.Errorf("110个县 dated %d %s, want 2026 plan", f.Year, f.Kind)
			}
		}
	}
	if !found {
		t.Errorf("no figure 110: %+v", r.Figures)
	}
}

// "部署情况" sets work out; how a deployment was carried out is a review.
func TestDeploymentInTitle(t *testing.T) {
	for title, want := range map[string]Kind{
		"国家卫生健康委新闻发布会介绍为民服务实事有关部署情况": KindPlan,
		"关于贯彻落实省委决策部署情况的报告":          KindSummary,
	} {
		if got := titleKind(title); got != want {
			t.Errorf("titleKind(%q) = %q, want %q", title, got, want)
		}
	}
}
