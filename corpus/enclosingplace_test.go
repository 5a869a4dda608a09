package corpus

import "testing"

// The province of a district's page opening a clause is that clause's
// subject where the page compares a measure, unless it names the
// province's office acting or the district follows it (made-up page).
func TestEnclosingPlaceAsClauseSubject(t *testing.T) {
	text := "荷塘区健康素养调查结果公布\n近日,2019年荷塘区健康素养调查结果公布,2019年荷塘区居民健康素养水平为21.7%。据调查显示,湖南省居民健康素养水平为18.3%,荷塘区高于全省水平。\n" +
		"湖南省卫生健康委下达荷塘区的监测任务为500份。湖南省株洲市荷塘区完成问卷480份。湖南省两癌筛查项目完成筛查1200人。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]string{"21.7": "荷塘区", "18.3": "湖南省", "500": "荷塘区", "480": "荷塘区", "1200": "荷塘区"}
	seen := 0
	for _, f := range r.Figures {
		if p, ok := want[f.Raw]; ok {
			seen++
			if f.Place != p {
				t.Errorf("%s = %s: place %q, want %q", f.Label, f.Raw, f.Place, p)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d figures found: %+v", seen, len(want), r.Figures)
	}
}
