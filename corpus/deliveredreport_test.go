package corpus

import "testing"

// A government work report is named by the year of the congress it is
// delivered to: with no heading dating its review, its text ("这一年，我们…")
// reviews the year before, and "今年，我们将…" plans its own year. A heading
// that dates the review keeps that year; a reading of the report is no
// report delivered.
func TestDeliveredReportReviewsYearBefore(t *testing.T) {
	cases := []struct {
		name, text string
		want       map[string][2]any // label: year, kind
	}{
		{"dated title, no headings", "(湖北省)某某县人民政府工作报告(2024年1月20日)\n\n这一年,我们久久为功补短板。医保参保79.67万人,医保报销10亿元。\n今年,我们将新建村卫生室20个。\n",
			map[string][2]any{"医保参保": {2023, KindSummary}, "新建村卫生室": {2024, KindPlan}}},
		{"year in the title, relative heading", "2024年某某县政府工作报告\n\n一、过去一年工作回顾\n这一年，全县新建村卫生室12个。\n二、2024年工作安排\n新建村卫生室20个。\n",
			map[string][2]any{"新建村卫生室": {2023, KindSummary}}},
		{"reading of the report", "2024年某某县政府工作报告解读\n\n医保参保79.67万人。\n",
			map[string][2]any{"医保参保": {2024, KindSummary}}},
	}
	for _, c := range cases {
		r := Parse("t.txt", c.text, Meta{}, Options{}).Reports[0]
		seen := map[string]bool{}
		for _, f := range r.Figures {
			w, ok := c.want[f.Label]
			if !ok || seen[f.Label] {
				continue
			}
			seen[f.Label] = true
			if f.Year != w[0].(int) || f.Kind != w[1].(Kind) {
				t.Errorf("%s: %s = %s dated %d %s, want %d %s", c.name, f.Label, f.Raw, f.Year, f.Kind, w[0], w[1])
			}
		}
		if len(seen) != len(c.want) {
			t.Errorf("%s: figures %+v, want labels %v", c.name, r.Figures, c.want)
		}
	}
}
