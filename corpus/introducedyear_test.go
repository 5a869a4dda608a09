package corpus

import "testing"

// A paragraph introduced by one that ends in a colon and names the next
// year holds that year's plans, though its sentences name no year; the
// paragraph before stays the review's (made-up report).
func TestParagraphIntroducedWithItsYear(t *testing.T) {
	text := "两会上的那些民生事儿\n今年的市两会上,代表们看到了一张云溪2019年民生“成绩单”——\n" +
		"一年来,云溪市民生福祉不断提升。新建公办幼儿园25所。全民免费体检177万人次。\n" +
		"不仅如此,在市长所作的政府工作报告中,2020年持续保障和改善民生,仍是浓墨重彩的一笔:\n" +
		"优先发展教育事业,新建公办幼儿园19所,普惠性幼儿园覆盖率达80%;城镇新增就业3.65万人。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]int{"25": 2019, "19": 2020, "80": 2020, "3.65": 2020}
	for _, f := range r.Figures {
		if y, ok := want[f.Raw]; ok {
			if f.Year != y {
				t.Errorf("%s %s: year %d, want %d", f.Label, f.Raw, f.Year, y)
			}
			if y == 2020 && f.Kind != KindPlan {
				t.Errorf("%s %s: kind %s, want plan", f.Label, f.Raw, f.Kind)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}

func TestIntroducedYear(t *testing.T) {
	for para, want := range map[string]int{
		"在政府工作报告中,2020年持续保障和改善民生,仍是浓墨重彩的一笔:": 2020,
		"代表们看到了一张泸州2019年民生“成绩单”——":           2019,
		"2020年1月14日,记者获悉:":                   0,
		"2019年成绩显著,2020年任务艰巨:":               0,
		"2020年持续保障和改善民生。":                    0,
	} {
		if got := introducedYear(para); got != want {
			t.Errorf("introducedYear(%q) = %d, want %d", para, got, want)
		}
	}
}
