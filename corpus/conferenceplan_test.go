package corpus

import (
	"strings"
	"testing"
)

// In a report on a work conference, a paragraph on what a speaker asked for
// ("张主任强调,…", "王局长要求,一要…") or a numbered task ("一要…") is the
// plan of the conference's year; what a speaker 指出 of the year before
// stays its review.
func TestSpeakerDemandsAreThePlan(t *testing.T) {
	text := "2020年全市卫生健康工作会议召开\n6月8日上午,云溪市卫生健康委召开全市卫生健康工作会议,对2019年工作进行总结。\n\n" +
		"张建华主任指出,2019年全市卫生健康系统重点工作卓有成效,健康服务不断优化。\n\n" +
		"张建华主任强调,2020年是全面建成小康社会的收官之年,全系统要以高质量发展为主题。\n\n" +
		"一要着力打好疫情防控阻击战,建立健全常态化防控机制,加强院感管理。二要着力提升医疗服务能力。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	want := map[string]Kind{"张建华主任指出": KindSummary, "张建华主任强调": KindPlan, "一要着力": KindPlan}
	for opener, kind := range want {
		found := false
		for _, c := range r.Chunks {
			if !strings.HasPrefix(c.Text, opener) {
				continue
			}
			found = true
			if c.Kind != kind {
				t.Errorf("%s…: kind %s, want %s", opener, c.Kind, kind)
			}
		}
		if !found {
			t.Errorf("no passage opens with %s", opener)
		}
	}
}

// A target in a conference report's plan passage ("确保全年…不低于1300人
// 次") is the target of the year the conference is held in; what it says
// of the year before stays that year's.
func TestConferencePlanTargetsDated(t *testing.T) {
	text := "3月16日,云溪区召开2026年卫生健康工作会,总结过往经验,部署新一年重点工作。\n\n" +
		"会议指出,全区完成家庭医生签约30万人,各项工作取得新成效。\n\n" +
		"会议要求,要充分发挥区人民医院的龙头作用,确保全年区级专科医生到乡镇卫生院坐诊不低于1300人次。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	want := map[string]int{"1300": 2026, "30": 2025}
	for _, f := range r.Figures {
		if y, ok := want[f.Raw]; ok {
			if f.Year != y {
				t.Errorf("%s (%s) dated %d, want %d", f.Raw, f.Label, f.Year, y)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v", want)
	}
}

// A title saying a place held the year's work conference ("云溪区召开2026
// 年卫生健康工作会") is a report reviewing the year before it.
func TestConferenceTitledByItsPlace(t *testing.T) {
	r := Parse("t.txt", "云溪区召开2026年卫生健康工作会\n3月16日,会议总结过往经验,部署新一年重点工作。\n", Meta{}, Options{}).Reports[0]
	if r.Year != 2025 || r.PlanYear != 2026 {
		t.Errorf("year %d, plan year %d; want 2025, 2026", r.Year, r.PlanYear)
	}
}

// A headline may open with what the conference said before naming it
// ("力争年内建成2家区域中心医院!中山召开2023年卫生健康工作会议"): still a
// report reviewing the year before.
func TestConferenceHeadlineOpeningWithATarget(t *testing.T) {
	r := Parse("t.txt", "健康频道\n力争年内建成2家区域中心医院!中山召开2023年卫生健康工作会议\n发布时间:2023-02-23 来源:中山+\n\n去年,我市全市医疗卫生机构总数增加到1180个(增长10.8%)。\n", Meta{}, Options{}).Reports[0]
	if r.Year != 2022 || r.PlanYear != 2023 {
		t.Errorf("year %d, plan year %d; want 2022, 2023", r.Year, r.PlanYear)
	}
	if len(r.Figures) == 0 || r.Figures[0].Unit != "家" {
		t.Fatalf("the headline's target not read: %v", r.Figures)
	}
	for _, f := range r.Figures {
		if f.Unit == "家" && (f.Year != 2023 || !f.Target) {
			t.Errorf("the headline's target %s%s: year %d target %v, want 2023, a target", f.Raw, f.Unit, f.Year, f.Target)
		}
	}
}

// A headline opening with its column ("【第一发布】2020年全市卫生健康工作会议
// 召开") is still the conference's: the report reviews the year before.
func TestConferenceHeadlineWithItsColumn(t *testing.T) {
	r := Parse("t.txt", "【第一发布】2020年全市卫生健康工作会议召开\n今日下午,2020年全市卫生健康工作会议在市政府召开。\n据悉,2019年是全市卫生健康事业大发展的一年。\n", Meta{}, Options{}).Reports[0]
	if r.Year != 2019 || r.PlanYear != 2020 {
		t.Errorf("year %d, plan year %d; want 2019, 2020", r.Year, r.PlanYear)
	}
}

// A lead that says the conference "顺利召开" still dates the report to the
// year it reviews.
func TestConferenceHeldSmoothly(t *testing.T) {
	r := Parse("t.txt", "2月14日,云溪市2025年卫生健康工作会议顺利召开。会议总结2024年工作成效,安排部署2025年重点任务。\n会议充分肯定了过去一年的成绩。\n", Meta{}, Options{}).Reports[0]
	if r.Year != 2024 || r.PlanYear != 2025 {
		t.Errorf("year %d, plan year %d; want 2024, 2025", r.Year, r.PlanYear)
	}
}

// The items a conference's demand announces ("会议提出,今年实施“两项惠民
// 工程”。一是…二是…") are its plan too, with their figures.
func TestConferencePlanItems(t *testing.T) {
	text := "3月16日,云溪县召开2025年卫生健康工作会议,总结2024年工作,表彰先进集体和个人,部署新一年的重点任务。\n\n会议提出,今年实施“两项惠民工程”。一是实施基层能力提升工程,新建村卫生室10个。二是实施健康体检工程,为老人免费体检。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	for _, c := range r.Chunks {
		if strings.Contains(c.Text, "健康体检工程") && (c.Kind != KindPlan || c.Year != 2025) {
			t.Errorf("item dated %d %s, want 2025 plan: %s", c.Year, c.Kind, c.Text)
		}
	}
	for _, f := range r.Figures {
		if f.Raw == "10" && (f.Kind != KindPlan || f.Year != 2025) {
			t.Errorf("新建村卫生室10个 dated %d %s, want 2025 plan", f.Year, f.Kind)
		}
	}
}

// A whole province's meeting held at a city ("全省卫生健康工作会议在兰州召开"),
// said in the lead when the title names no venue, is the province's.
func TestWholeAreaMeetingInTheLead(t *testing.T) {
	text := "全省卫生健康工作会议召开\n2月25日下午,全省卫生健康工作会议在兰州召开。省卫生健康委主任作2020年卫生健康工作报告。\n"
	if p := Parse("t.txt", text, Meta{}, Options{}).Reports[0].Place; p != "甘肃省" {
		t.Errorf("place %q, want 甘肃省", p)
	}
}

// A news report on the year's work conference, the conference named only
// in its opening: the targets it lists are the conference's year's.
func TestConferenceInTheOpeningSetsItsYearsTargets(t *testing.T) {
	text := "打开新闻 查看更多图片\n\n2月8日,记者从2024年全市卫生健康工作会议上获悉,今年某市将实施一批卫生健康领域民生实事。\n\n" +
		"落实好市政府重点民生实事项目。开展巡回医疗服务,其中市本级组建不少于4支巡回医疗队,每次巡回医疗时间不少于5天。优化公立医院诊疗服务。三级公立医院在8家社区卫生服务机构建立专科专病门诊。\n"
	r := Parse("01_moushi_huiyi_2024.txt", text, Meta{}, Options{}).Reports[0]
	found := false
	for _, f := range r.Figures {
		if f.Raw == "4" || f.Raw == "8" {
			found = true
			if f.Year != 2024 || f.Kind != KindPlan {
				t.Errorf("%s %s: %d %s, want a plan for 2024", f.Label, f.Raw, f.Year, f.Kind)
			}
		}
	}
	if !found {
		t.Errorf("no figure 4 in %v", r.Figures)
	}
}

// What a work conference itself commended ("会上…通报表扬全区14家先进单位")
// is of the year it is held in, not of the year it reviews.
func TestCommendedAtTheConference(t *testing.T) {
	text := "某区召开工作大会推进卫生健康事业高质量发展\n信息来源:某市政府网 日期:2025-02-14\n2月10日,某区召开2025年卫生健康工作大会。\n会议指出,2024年,全区新建村卫生室12个。\n会上宣读了《某区卫生健康局2025年工作要点》,集中通报表扬全区14家先进单位、20名先进个人等。\n"
	years := map[string]int{}
	for _, f := range Parse("07_dahui.txt", text, Meta{}, Options{}).Reports[0].Figures {
		years[f.Raw+f.Unit] = f.Year
	}
	if years["14家"] != 2025 || years["20名"] != 2025 || years["12个"] != 2024 {
		t.Errorf("years %v, want the commended of 2025 and the reviewed of 2024", years)
	}
}

// Who attended a work conference ("…优秀村医代表近300人参加会议") came in
// the year it is held, not the year it reviews.
func TestAttendanceAtTheConference(t *testing.T) {
	text := "3月20日上午,某区卫健委组织召开了2024年全区卫生健康工作会。会议总结回顾了2023年卫生健康工作,研究部署2024年主要任务。区直各医疗卫生单位主要负责人及优秀村医代表近260人参加会议。\n会上宣读了表彰通报。2023年,全区新建村卫生室9个。\n"
	years := map[string]int{}
	for _, f := range Parse("04_gongzuohui.txt", text, Meta{}, Options{}).Reports[0].Figures {
		years[f.Raw+f.Unit] = f.Year
	}
	if years["260人"] != 2024 || years["9个"] != 2023 {
		t.Errorf("years %v, want the attendance of 2024 and the reviewed of 2023", years)
	}
}

// A meeting named for the year it reviews and the year it plans ("2023年度
// 工作总结暨2024年工作谋划会议") plans that year: the figures of the
// paragraph opening with it are targets.
func TestSummaryAndPlanMeeting(t *testing.T) {
	text := "某县各部门传达学习县委全会精神\n时间:2024年01月04日\n县卫健委于12月28日下午召开2023年度工作总结暨2024年工作谋划会议。\n2024年,卫健系统谋定实施六大工程:一是医疗高地建设工程。组建县级医疗卫生专业团队,培育本县名医60名。\n"
	r := Parse("06_mouhua.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Raw == "60" && (f.Year != 2024 || f.Kind != KindPlan) {
			t.Errorf("60名 of %d %s, want the 2024 plan", f.Year, f.Kind)
		}
	}
}

// A conference report's paragraph listing the tasks it set ("十大重点任务分别
// 为:…") is the plan of the conference's year, not the review of the year
// before.
func TestConferenceTasksListedArePlan(t *testing.T) {
	text := "某省部署卫生健康十大重点任务\n发布时间: 2026-01-15\n\n1月14日,2026年某省卫生健康工作会议召开。会议指出,全省完成家庭医生签约30万人。\n\n" +
		"十大重点任务分别为:加强党建引领,深入实施医疗卫生强基工程,聚焦100所县域医疗卫生次中心建设。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	for _, f := range r.Figures {
		if f.Raw == "100" && (f.Year != 2026 || f.Kind != KindPlan) {
			t.Errorf("100所: %d %s, want 2026 plan", f.Year, f.Kind)
		}
	}
}

// A conference held during its year to push the year's work on ("2020年工
// 作推进会议", in July): what it asked for ("会议强调,实现2020年工作目标,
// 要…") is that year's plan; its review of the months past stays a summary
// (made-up report).
func TestMidYearConferenceAsksAreThePlan(t *testing.T) {
	text := "某区卫健局召开全区卫生健康系统2020年工作推进会议\n7月16日,区卫健局召开全区卫生健康系统2020年工作推进会议。\n\n" +
		"会议指出,今年以来,全区卫生健康系统统筹推进疫情防控和事业发展,全面恢复医疗服务秩序。\n\n" +
		"会议强调,实现2020年工作目标,要着力把握好三个方面:一是切实加强公共卫生工作;二是深化医改;三是提升服务能力。\n"
	r := Parse("t.txt", text, Meta{}, Options{ChunkRunes: 60}).Reports[0]
	want := map[string]Kind{"会议指出": KindSummary, "会议强调": KindPlan}
	for opener, kind := range want {
		found := false
		for _, c := range r.Chunks {
			if strings.HasPrefix(c.Text, opener) {
				found = true
				if c.Kind != kind || c.Year != 2020 {
					t.Errorf("%s…: %s of %d, want %s of 2020", opener, c.Kind, c.Year, kind)
				}
			}
		}
		if !found {
			t.Errorf("no passage opens with %s", opener)
		}
	}
}

// A score or a rank an assessment gave is of the year it assessed ("2022年
// 度…绩效评价情况通报》公布,我市获得总分88.5分"), not of the report's
// (made-up news of 2023).
func TestScoreOfTheYearAssessed(t *testing.T) {
	text := "我市在全省绩效评价中排名第三\n快讯 2023-08-10\n日前\n省卫健委《关于全省2022年度基本公共卫生服务项目绩效评价\n情况通报》公布\n我市获得总分88.5分、\n排名全省第三位\n"
	years := map[string]int{}
	for _, f := range Parse("06_pingjia_2023.txt", text, Meta{}, Options{}).Reports[0].Figures {
		years[f.Raw+f.Unit] = f.Year
	}
	if years["88.5分"] != 2022 {
		t.Errorf("years %v, want the score of 2022", years)
	}
}
