package corpus

import "testing"

// A news report of work done, its items "一是狠抓安排部署。…印发《…重点任
// 务》,细化目标任务。": arranging the work, a document issued by name and
// tasks broken down are work done, and the figures are the year's results
// (made-up text).
func TestArrangingWorkIsWorkDone(t *testing.T) {
	text := "青川县全力巩固国家卫生县城创建成果\n\n" +
		"一是狠抓安排部署。召开2021年综合创建工作会,印发《2021年巩固国家卫生县城重点任务》,细化目标任务。" +
		"二是狠抓宣传教育。发放宣传资料6000份。三是狠抓环境整治。对215户公共场所卫生进行监督检查。\n"
	r := Parse("qingchuan.txt", text, Meta{}, Options{}).Reports[0]
	for _, s := range r.Sections {
		if s.Kind != KindSummary {
			t.Errorf("section %q: %s, want summary", s.Heading, s.Kind)
		}
	}
	for _, f := range r.Figures {
		if f.Kind != KindSummary || f.Year != 2021 {
			t.Errorf("%s %s: %s %d, want summary 2021", f.Label, f.Raw, f.Kind, f.Year)
		}
	}
}
