package corpus

import "testing"

// A January announcement of the year's livelihood projects is that year's
// plan; a report of their completion stays a summary.
func TestAnnouncedProjectsArePlans(t *testing.T) {
	cases := []struct {
		name, text string
		kind       Kind
	}{
		{"announced", "1月21日,记者从某区政府召开的新闻发布会上获悉,2025年,某区规划16大项、36小项民生实事。\n提升医疗服务能力,更新超龄救护车急救设备6台,改造提升薄弱村卫生室30个。\n", KindPlan},
		{"announced in the title", "2025年重庆将接续办好15件重点民生实事\n2025-01-19 10:47:47 来源: 华龙网\n1月19日,重庆市人民代表大会会议开幕。新开工改造城镇老旧小区3011万平方米,建设口袋公园100个。\n", KindPlan},
		{"chosen and published", "2025某区十大民生实事出炉\n2025-02-03 16:58\n1月24日,在区人民代表大会会议上,公布了由人大代表差额票决选出的某区2025年度十件民生实事项目。\n免费为2200名学生开展近视筛查,为1.5万名3-6岁儿童开展氟化泡沫预防龋齿。\n", KindPlan},
		{"called 实事", "卫生健康系统2025年为民服务实事\n国家卫生健康委决定2025年组织实施一批为民服务实事项目。近日，三部门公开发布了十件实事具体措施。\n一是新增1000家乡镇卫生院提供儿童常见病诊疗服务；二是新增110个县提供心理门诊服务。\n", KindPlan},
		{"completed", "2024年10件民生实事48个子项目具体完成情况公布。\n(一)已新增老年助餐服务点235个,整体完成率111.5%。\n", KindSummary},
	}
	for _, c := range cases {
		r := Parse("t.txt", c.text, Meta{}, Options{}).Reports[0]
		if r.Kind != c.kind {
			t.Errorf("%s: kind %s, want %s", c.name, r.Kind, c.kind)
		}
		for _, f := range r.Figures {
			if f.Kind != c.kind || f.Year != 2025 && c.kind == KindPlan {
				t.Errorf("%s: %s = %s %s %d", c.name, f.Label, f.Raw, f.Kind, f.Year)
			}
		}
	}
}
