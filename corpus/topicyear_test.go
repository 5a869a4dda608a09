package corpus

import "testing"

// A sentence opening with a year as its topic ("2024年,在区委…领导下,…")
// dates the paragraph's sentences after it, not the meeting's own acts.
func TestTopicYearDatesTheSentencesAfter(t *testing.T) {
	text := "区卫健局:互学互鉴,共谋卫生健康事业新篇章\n2025-03-07 10:00:24 来源:区卫健局\n为贯彻落实区委区政府2025年工作部署,3月4日,区卫健局召开2025年卫生健康工作交流会议,回顾总结2024年工作,交流部署2025年工作。区属各公立医疗卫生机构负责人等40余人参加会议。 2024年,在区委领导下,全区医疗服务群众满意率94.73%。基础设施建设逐步完善,完成6个乡镇卫生院医疗用房改造。 会议组织5家单位进行经验交流。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]int{"94.73": 2024, "6": 2024, "5": 2025}
	for _, f := range r.Figures {
		if y, ok := want[f.Raw]; ok && f.Year != y {
			t.Errorf("%s = %s: year %d, want %d", f.Label, f.Raw, f.Year, y)
		}
	}
}

// A sentence opening with 全年 is of the year the sentence before names
// (made-up figures of a 2022 page), not the page's own year.
func TestWholeYearOfTheSentenceBefore(t *testing.T) {
	text := "2022年一季度人口工作新闻发布会\n2022-04-20 来源:某报\n2022年一季度全市新建托育机构30家。数据显示，2021年全市常住人口比上年末增加6万人。全年出生人口8.2万人，出生率下降。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]int{"6": 2021, "8.2": 2021, "30": 2022}
	for _, f := range r.Figures {
		if y, ok := want[f.Raw]; ok && f.Year != y {
			t.Errorf("%s = %s: year %d, want %d", f.Label, f.Raw, f.Year, y)
		}
	}
}

// A page of March whose first paragraph sets the scene, then opens a
// sentence with the year before ("健康是需求。…2022年，某省卫生健康委大力
// 实施…") reviews that year: its undated figures are of it (made-up
// figures).
func TestReviewOpeningALaterSentence(t *testing.T) {
	text := "健康某省\n2023-03-01 09:22发布于某省卫生健康委员会官方账号\n健康是需求，健康是责任。党的二十大报告提出，要推进健康中国建设。2022年，某省卫生健康委大力实施居民健康素养提高专项行动，实现全省居民健康素养水平稳步提升。\n全省共培训健康明白人262.13万人，全省居民健康素养水平达到28.53%。\n2022年某省第二届健康科普作品征集大赛颁奖仪式\n组织开展公众自救互救技能培训566次。2023年，全省将继续推进健康促进县建设。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2022 {
		t.Errorf("year %d, want 2022", r.Year)
	}
	for _, f := range r.Figures {
		if f.Raw == "28.53" && f.Year != 2022 {
			t.Errorf("%s = %s: year %d, want 2022", f.Label, f.Raw, f.Year)
		}
	}
}
