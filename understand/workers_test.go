package understand

import (
	"testing"
	"time"
)

// Workers and other people counted by their noun ("多少专家", "多少女娃娃")
// are asked in people; trips of a vehicle in 辆次; patients rescued keep no
// unit (reports count them in 人 or 人次).
func TestWorkersAndTripsAsked(t *testing.T) {
	checkAskedUnits(t, map[string]string{
		"莆田学院附属医院前前后后派了多少专家去宁夏？":   "人",
		"县医院现在有多少医生？":              "人",
		"江西去年给多少女娃娃免费打了HPV疫苗？":     "人",
		"去年全国有多少高危的人做了重点癌症筛查？":     "人",
		"菏泽春节派车多少辆次？":              "辆次",
		"泸州今年国庆那几天，120一共救了多少伤员病人？": "",
	})
}

// A measure named by its plan ("规划床位") asks no plan.
func TestPlannedMeasureAsksNoPlan(t *testing.T) {
	now := time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	if got := Parse("那家医院规划床位有多少张", now).Filters.Kind; got != "" {
		t.Errorf("kind %q for a planned capacity", got)
	}
	if got := Parse("明年规划新建几家社区医院", now).Filters.Kind; got != "plan" {
		t.Errorf("kind %q for a plan", got)
	}
}

// The five-year plan a question names, not the plan's making.
func TestPlanPeriodNamed(t *testing.T) {
	for q, want := range map[string]string{
		"白云区十五五说要搞几大医疗集团？": "十五五",
		"“十四五”期间建了几家医院？":   "十四五",
		"开十四五卫生规划座谈会是哪天？":  "",
		"今年要建几家医院？":        "",
	} {
		if got := PlanPeriodNamed(q); got != want {
			t.Errorf("PlanPeriodNamed(%q) = %q, want %q", q, got, want)
		}
	}
	if got := Topic("白云区要搞哪几大医疗集团？"); got != "搞 医疗集团" {
		t.Errorf("Topic = %q", got)
	}
}

// Cases counted with 个 ("多少个无症状的") are asked in 例.
func TestCasesCountedWithGeBeforeTheirNoun(t *testing.T) {
	checkAskedUnits(t, map[string]string{"那一天又新冒出来多少个无症状的？": "例", "新增了几个确诊病例？": "例", "新建了几个方舱？": "个"})
}
