package figures

import "testing"

// A label that only says "per day" (日均) is the average of what the figure
// before in the same unit counts; trips (趟次) are a unit.
func TestPerPeriodOfPrevious(t *testing.T) {
	cases := []struct{ sentence, raw, label string }{
		{"指挥调度平台共接听急救报警电话6926次,日均866次,较去年同期上升37.94%", "866", "日均接听急救报警电话"},
		{"急救派车1202趟次,日均150趟次,较去年同期上升41.08%", "1202", "急救派车"},
		{"急救派车1202趟次,日均150趟次,较去年同期上升41.08%", "150", "日均急救派车"},
		{"全年门诊量36万人次,日均1000余人次", "1000", "日均门诊量"},
		{"全年接诊患者5万人次,日均住院床位120张", "120", "日均住院床位"},
	}
	for _, c := range cases {
		var found bool
		for _, f := range Extract(c.sentence) {
			if f.Raw != c.raw {
				continue
			}
			found = true
			if f.Label != c.label {
				t.Errorf("%s: %s labelled %q, want %q", c.sentence, f.Raw, f.Label, c.label)
			}
		}
		if !found {
			t.Errorf("%s: no figure %s", c.sentence, c.raw)
		}
	}
}

// A target the level before is said to exceed ("占比99.3%,超额完成市定90%
// 的目标任务") is that measure's target.
func TestTargetCompletedOfPrevious(t *testing.T) {
	found := false
	for _, f := range Extract("已完成公有化产权转化272家,占比99.3%,超额完成市定90%的目标任务。") {
		if f.Raw == "90" {
			found = true
			if f.Label != "公有化产权转化占比目标" || !f.Target {
				t.Errorf("90%% labelled %q (target %v), want 公有化产权转化占比目标, a target", f.Label, f.Target)
			}
		}
	}
	if !found {
		t.Error("no figure 90")
	}
}

// A difference said after its base ("比2019年多了6489张", "比全省高1.2个
// 百分点") is a change; 多 or 高 alone ("比较多的是…") is none.
func TestDifferenceAfterBase(t *testing.T) {
	cases := []struct{ sentence, raw, qualifier string }{
		{"卫生机构床位数共计43286张,比2019年多了6489张,同比增长17.63%。", "6489", "比2019年多"},
		{"签约率达到75%,比全省高1.2个百分点。", "1.2", "比全省高"},
		{"全市共有医院32家,比较多的是民营医院20家。", "20", ""},
	}
	for _, c := range cases {
		found := false
		for _, f := range Extract(c.sentence) {
			if f.Raw == c.raw {
				found = true
				if f.Qualifier != c.qualifier {
					t.Errorf("%s: %s qualified %q, want %q", c.sentence, f.Raw, f.Qualifier, c.qualifier)
				}
			}
		}
		if !found {
			t.Errorf("%s: no figure %s", c.sentence, c.raw)
		}
	}
}

// Years listed once ("到2022年和2030年") date every pair of values the
// sentence lists after them, not only the first.
func TestListedYearsDateEveryPair(t *testing.T) {
	want := map[string]int{"90.86": 2022, "92.17": 2030, "37": 2022, "40": 2030}
	got := map[string]int{}
	for _, f := range Extract("到2022年和2030年,城乡居民达到《国民体质测定标准》合格以上的人数比例分别不少于90.86%和92.17%,经常参加体育锻炼人数比例达到37%及以上和40%及以上。") {
		got[f.Raw] = f.Year
	}
	for raw, year := range want {
		if got[raw] != year {
			t.Errorf("%s dated %d, want %d", raw, got[raw], year)
		}
	}
}

// "上年结转" is a measure of its own (requests carried over into the
// year), not 结转 dated last year.
func TestCarriedOverKeepsItsYearWord(t *testing.T) {
	for _, f := range Extract("2025年,我局新收政府信息公开申请17件,上年结转3件,总计20件。") {
		if f.Raw == "3" && f.Label != "上年结转" {
			t.Errorf("3件 labelled %q, want 上年结转", f.Label)
		}
	}
}

// "翻了N倍" is how much a measure multiplied: a change, qualified 翻了.
func TestMultipliedIsAChange(t *testing.T) {
	for _, f := range Extract("1949年到2019年,全区医院数翻了10倍。") {
		if f.Raw == "10" && (f.Qualifier != "翻了" || f.Unit != "倍") {
			t.Errorf("10倍 qualified %q in %q, want 翻了 in 倍", f.Qualifier, f.Unit)
		}
	}
}

// Tasks counted in 单 ("抽查任务共494单") are a count.
func TestTasksCountedInDan(t *testing.T) {
	found := false
	for _, f := range Extract("国家“双随机,一公开”监督抽查任务共494单,完结率100%。") {
		if f.Raw == "494" {
			found = true
			if f.Unit != "单" {
				t.Errorf("494 in %q, want 单", f.Unit)
			}
		}
	}
	if !found {
		t.Error("no figure 494")
	}
}
