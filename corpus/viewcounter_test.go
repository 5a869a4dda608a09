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
