package corpus

import "testing"

// A page's view counter written as a label line and a number line below it
// ("浏览次数:" / "3227") is page furniture: no figure comes of it, and a
// number line of the report's own text stays (made-up page).
func TestViewCounterOnTwoLinesIsNoFigure(t *testing.T) {
	text := "您所在的位置:\n\n云溪州疾病预防控制中心2022年工作总结\n\n发布时间:\n\n2023/01/06\n\n浏览次数:\n\n3227\n\n" +
		"云溪州疾病预防控制中心2022年工作总结\n\n一、疫情防控\n\n全年开展风险研判35期,发布健康提示335期。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	seen := map[string]bool{}
	for _, f := range r.Figures {
		seen[f.Raw] = true
	}
	if seen["3227"] {
		t.Errorf("the view count became a figure: %+v", r.Figures)
	}
	if !seen["35"] || !seen["335"] {
		t.Errorf("the report's figures lost: %+v", r.Figures)
	}
}

// A bulleted read counter ("• 本文被阅次数:10208") is page furniture too.
func TestBulletedReadCounter(t *testing.T) {
	text := "某院举办2022年度工作总结大会\n  • 来源:某院 日期:2023-02-17\n  • 本文被阅次数:10208\n2023年2月16日下午,某院2022年度工作总结大会举行,员工代表共300余人参加。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "10208" {
			t.Errorf("the read counter read as a figure: %+v", f)
		}
	}
}
