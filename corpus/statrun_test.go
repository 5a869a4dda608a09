package corpus

import "testing"

// A sentence that only states figures goes on in the year the sentence
// before opened with, and so does the next such sentence (made-up text).
func TestStatisticsRunKeepsTheYearBefore(t *testing.T) {
	text := "关于某区政协提案的答复\n日期 2020-09-11\n" +
		"四、加强孕期产前筛查的完成率，争取做到每一位孕妇都能选择合适的产前筛查。目前新生儿听力筛查已经纳入免费项目实施。" +
		"2019年产前筛查人数5563,产前筛查率61.37%。新生儿遗传代谢性疾病筛查10632人,筛查率90.70%。听力筛查人数11048人,听力筛查率94.3%。\n"
	r := Parse("02_mouqu_dafu_2020.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]int{"5563": 2019, "10632": 2019, "11048": 2019, "94.3": 2019}
	for _, f := range r.Figures {
		if y, ok := want[f.Raw]; ok {
			delete(want, f.Raw)
			if f.Year != y {
				t.Errorf("%s %s dated %d, want %d", f.Label, f.Raw, f.Year, y)
			}
		}
	}
	for raw := range want {
		t.Errorf("no figure %s", raw)
	}
}

func TestStatisticsRun(t *testing.T) {
	cases := map[string]bool{
		"新生儿遗传代谢性疾病筛查10632人,筛查率90.70%,听力筛查人数11048人,听力筛查率94.3%。": true,
		"床位数1200张。":              true,
		"目前孕优检查完成1705对。":         false, // a time of its own
		"2020年床位数1200张。":         false,
		"1-6月门诊量12万人次。":          false,
		"医院积极开展筛查工作,群众满意度明显提高。":  false, // no figure
		"全区共有卫生院12家,其中3家达到推荐标准。": false, // says more than figures
	}
	for s, want := range cases {
		if got := statisticsRun(s); got != want {
			t.Errorf("statisticsRun(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzStatisticsRun(f *testing.F) {
	f.Add("听力筛查人数11048人,听力筛查率94.3%。")
	f.Add("目前完成1705对")
	f.Fuzz(func(t *testing.T, s string) {
		statisticsRun(s) // must not panic
	})
}
